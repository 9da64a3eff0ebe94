-- Platform tables every service has: the transactional outbox (also the service's event log),
-- the consumer's processed-events record, and stored responses for Idempotency-Key.
-- Platform migrations are numbered 0.x so that they run before each service's own V1.

CREATE TABLE outbox_event (
    id            uuid PRIMARY KEY,
    created_seq   bigserial NOT NULL,
    topic         text NOT NULL,
    message_key   text NOT NULL,
    type          text NOT NULL,
    source        text NOT NULL,
    subject       text,
    time          timestamptz NOT NULL,
    trust_id      uuid NOT NULL,
    school_id     uuid,
    data          jsonb NOT NULL,
    -- Feed order, given by the relay in commit order: a reader paging by position never misses
    -- an event that committed late.
    position      bigint UNIQUE,
    published_at  timestamptz,
    attempts      integer NOT NULL DEFAULT 0,
    last_error    text
);
CREATE INDEX outbox_event_unsequenced ON outbox_event (created_seq) WHERE position IS NULL;
CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL AND position IS NOT NULL;
CREATE INDEX outbox_event_feed ON outbox_event (trust_id, position);
CREATE INDEX outbox_event_published_at ON outbox_event (published_at);

-- Wake the relay as soon as an outbox row commits (NOTIFY is delivered at commit).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

CREATE TABLE processed_event (
    event_id      uuid PRIMARY KEY,
    type          text NOT NULL,
    source        text NOT NULL,
    topic         text NOT NULL,
    kafka_partition integer NOT NULL,
    kafka_offset  bigint NOT NULL,
    processed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE idempotency_key (
    owner         text NOT NULL,
    key           text NOT NULL,
    request_hash  text NOT NULL,
    status        integer,
    body          text,
    location      text,
    etag          text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (owner, key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);

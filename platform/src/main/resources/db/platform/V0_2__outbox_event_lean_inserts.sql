-- An event is written once and read back as text (relay, feed), never queried inside: keep its
-- data as the JSON text the producer wrote (json, not jsonb), so a bulk write does not re-encode
-- every document and the feed returns the bytes that were published.
ALTER TABLE outbox_event ALTER COLUMN data TYPE json USING data::json;

-- A new row has no feed position and is not yet published: index those columns only once they are
-- set, so an insert maintains two indexes (id, and the relay's queue of unsequenced rows), not five.
ALTER TABLE outbox_event DROP CONSTRAINT outbox_event_position_key;
CREATE UNIQUE INDEX outbox_event_position ON outbox_event (position) WHERE position IS NOT NULL;
DROP INDEX outbox_event_feed;
CREATE INDEX outbox_event_feed ON outbox_event (trust_id, position) WHERE position IS NOT NULL;
DROP INDEX outbox_event_published_at;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

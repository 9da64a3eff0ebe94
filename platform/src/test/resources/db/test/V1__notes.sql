CREATE TABLE note (
    id        uuid PRIMARY KEY,
    trust_id  uuid NOT NULL,
    school_id uuid NOT NULL,
    title     text NOT NULL,
    term      text NOT NULL,
    pupils    integer NOT NULL,
    version   bigint NOT NULL
);
CREATE TABLE received_note (
    event_id  uuid PRIMARY KEY,
    note_id   uuid NOT NULL,
    title     text NOT NULL
);

-- Self-evaluation: frameworks (core elements and their quality standards) as reference data, and
-- per school and academic year a rating of 1-4 per standard with evidence and action notes.
-- Built-in frameworks have no trust; custom ones belong to a trust (and optionally one school).

CREATE TABLE framework (
    id           uuid PRIMARY KEY,
    trust_id     uuid,
    school_id    uuid,
    built_in     boolean NOT NULL DEFAULT false,
    title        text NOT NULL,
    description  text,
    source       text,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint NOT NULL DEFAULT 0,
    CHECK (built_in = (trust_id IS NULL)),
    CHECK (school_id IS NULL OR trust_id IS NOT NULL)
);
CREATE INDEX framework_trust ON framework (trust_id, school_id);

CREATE TABLE core_element (
    id            uuid PRIMARY KEY,
    framework_id  uuid NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    number        integer NOT NULL CHECK (number > 0),
    title         text NOT NULL,
    questions     text[] NOT NULL DEFAULT '{}',
    UNIQUE (framework_id, number)
);

CREATE TABLE quality_standard (
    id               uuid PRIMARY KEY,
    core_element_id  uuid NOT NULL REFERENCES core_element (id) ON DELETE CASCADE,
    code             text NOT NULL CHECK (code ~ '^[A-Z]{1,2}$'),
    position         integer NOT NULL CHECK (position > 0),
    title            text NOT NULL,
    description      text,
    UNIQUE (core_element_id, code),
    UNIQUE (core_element_id, position)
);

CREATE TABLE self_evaluation (
    id             uuid PRIMARY KEY,
    trust_id       uuid NOT NULL,
    school_id      uuid NOT NULL,
    framework_id   uuid NOT NULL REFERENCES framework (id),
    academic_year  text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{2}$'),
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL,
    version        bigint NOT NULL DEFAULT 0,
    UNIQUE (school_id, academic_year, framework_id)
);
CREATE INDEX self_evaluation_school ON self_evaluation (trust_id, school_id, id);

-- One row per standard from the start (rating NULL = not rated yet), so each has its own ETag.
CREATE TABLE standard_rating (
    id                  uuid PRIMARY KEY,
    self_evaluation_id  uuid NOT NULL REFERENCES self_evaluation (id) ON DELETE CASCADE,
    standard_id         uuid NOT NULL REFERENCES quality_standard (id),
    trust_id            uuid NOT NULL,
    school_id           uuid NOT NULL,
    rating              integer CHECK (rating BETWEEN 1 AND 4),
    evidence_notes      text,
    action_notes        text,
    updated_by          text,
    updated_at          timestamptz,
    version             bigint NOT NULL DEFAULT 0,
    UNIQUE (self_evaluation_id, standard_id)
);

-- Every change to a rating, kept for good: the self-evaluation's history.
CREATE TABLE rating_change (
    id                  uuid PRIMARY KEY,
    rating_id           uuid NOT NULL REFERENCES standard_rating (id) ON DELETE CASCADE,
    self_evaluation_id  uuid NOT NULL,
    standard_id         uuid NOT NULL,
    trust_id            uuid NOT NULL,
    school_id           uuid NOT NULL,
    previous_rating     integer,
    rating              integer,
    evidence_notes      text,
    action_notes        text,
    changed_by          text NOT NULL,
    changed_at          timestamptz NOT NULL
);
CREATE INDEX rating_change_self_evaluation ON rating_change (self_evaluation_id, id);

-- Monitoring activities, their findings (on the 2010 toolkit's 1-4 scale) and evidence.
-- Every row carries trust_id and school_id: every query is scoped by them.

CREATE TABLE monitoring_activity (
    id                    uuid PRIMARY KEY,
    trust_id              uuid NOT NULL,
    school_id             uuid NOT NULL,
    type                  text NOT NULL CHECK (type IN ('WORK_SCRUTINY', 'LESSON_OBSERVATION', 'LEARNING_WALK',
                              'PUPIL_CONFERENCING', 'PUPIL_PROGRESS_MEETING', 'AUDIT', 'GOVERNOR_VISIT')),
    title                 text NOT NULL,
    status                text NOT NULL CHECK (status IN ('PLANNED', 'COMPLETED', 'CANCELLED')),
    academic_year         text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{2}$'),
    term                  text NOT NULL CHECK (term IN ('AUTUMN', 'SPRING', 'SUMMER')),
    planned_on            date NOT NULL,
    completed_on          date,
    cancelled_at          timestamptz,
    cancellation_reason   text,
    lead                  text NOT NULL,
    participants          jsonb NOT NULL DEFAULT '[]',
    subject               text,
    year_groups           integer[] NOT NULL DEFAULT '{}',
    focus_tags            text[] NOT NULL DEFAULT '{}',
    linked_milestone_ids  uuid[] NOT NULL DEFAULT '{}',
    linked_action_ids     uuid[] NOT NULL DEFAULT '{}',
    purpose               text,
    summary               text,
    created_by            text NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint NOT NULL DEFAULT 0,
    CHECK ((status = 'COMPLETED') = (completed_on IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE INDEX monitoring_activity_calendar ON monitoring_activity (trust_id, school_id, academic_year, term, planned_on);
CREATE INDEX monitoring_activity_trust_id ON monitoring_activity (trust_id, id);

CREATE TABLE evidence_item (
    id            uuid PRIMARY KEY,
    trust_id      uuid NOT NULL,
    school_id     uuid NOT NULL,
    activity_id   uuid REFERENCES monitoring_activity (id),
    kind          text NOT NULL CHECK (kind IN ('WORK_SAMPLE', 'NOTE', 'PUPIL_VOICE', 'DOCUMENT', 'PHOTOGRAPH')),
    title         text NOT NULL,
    description   text,
    filename      text NOT NULL,
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    storage       text NOT NULL CHECK (storage IN ('DATABASE', 'DIRECTORY')),
    confidential  boolean NOT NULL DEFAULT false,
    uploaded_by   text NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    version       bigint NOT NULL DEFAULT 0
);
CREATE INDEX evidence_item_school ON evidence_item (trust_id, school_id, id);
CREATE INDEX evidence_item_activity ON evidence_item (activity_id);

-- The uploaded bytes, apart from the metadata so that lists never load them. Only used when the
-- evidence is kept in the database (storage = 'DATABASE').
CREATE TABLE evidence_content (
    evidence_id   uuid PRIMARY KEY REFERENCES evidence_item (id) ON DELETE CASCADE,
    content       bytea NOT NULL
);

-- What was deleted, by whom and when: the audit record that outlives the content.
CREATE TABLE evidence_deletion (
    id            uuid PRIMARY KEY,
    trust_id      uuid NOT NULL,
    school_id     uuid NOT NULL,
    evidence_id   uuid NOT NULL,
    activity_id   uuid,
    kind          text NOT NULL,
    title         text NOT NULL,
    filename      text NOT NULL,
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL,
    sha256        text NOT NULL,
    confidential  boolean NOT NULL,
    uploaded_by   text NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    deleted_by    text NOT NULL,
    deleted_at    timestamptz NOT NULL,
    reason        text
);
CREATE INDEX evidence_deletion_school ON evidence_deletion (trust_id, school_id, id);

CREATE TABLE finding (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid NOT NULL,
    activity_id            uuid NOT NULL REFERENCES monitoring_activity (id),
    kind                   text NOT NULL CHECK (kind IN ('STRENGTH', 'AREA_FOR_DEVELOPMENT')),
    statement              text NOT NULL,
    judgement              integer NOT NULL CHECK (judgement BETWEEN 1 AND 4),
    subject                text,
    year_groups            integer[] NOT NULL DEFAULT '{}',
    focus_tags             text[] NOT NULL DEFAULT '{}',
    linked_milestone_ids   uuid[] NOT NULL DEFAULT '{}',
    follows_up_finding_id  uuid REFERENCES finding (id),
    follow_up_outcome      text CHECK (follow_up_outcome IN ('IMPROVED', 'PARTLY_IMPROVED', 'REMAINS_A_KEY_ISSUE')),
    confidential           boolean NOT NULL DEFAULT false,
    observed_on            date NOT NULL,
    recorded_by            text NOT NULL,
    recorded_at            timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    -- Bumped by every change (and a withdrawal); events carry it so readers ignore older ones.
    revision               integer NOT NULL DEFAULT 1,
    -- Whether the finding is currently in the event stream (recorded and not withdrawn).
    published              boolean NOT NULL DEFAULT false,
    version                bigint NOT NULL DEFAULT 0,
    CHECK ((follows_up_finding_id IS NULL) = (follow_up_outcome IS NULL)),
    CHECK (follows_up_finding_id IS NULL OR follows_up_finding_id <> id),
    CHECK (NOT (confidential AND published))
);
CREATE INDEX finding_activity ON finding (activity_id);
CREATE INDEX finding_school ON finding (trust_id, school_id, id);
CREATE INDEX finding_follows_up ON finding (follows_up_finding_id);
CREATE INDEX finding_focus_tags ON finding USING gin (focus_tags);
CREATE INDEX finding_linked_milestones ON finding USING gin (linked_milestone_ids);

CREATE TABLE finding_evidence (
    finding_id   uuid NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    evidence_id  uuid NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    PRIMARY KEY (finding_id, evidence_id)
);
CREATE INDEX finding_evidence_evidence ON finding_evidence (evidence_id);

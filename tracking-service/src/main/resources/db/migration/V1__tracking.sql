-- tracking-service: pupils, assessments (with every superseded value kept), targets, MIS import
-- jobs, and published termly-results snapshots. Every row carries trust_id and school_id.

CREATE TABLE pupil (
    id                uuid PRIMARY KEY,
    trust_id          uuid        NOT NULL,
    school_id         uuid        NOT NULL,
    upn               text        NOT NULL,
    -- Pseudonymous id used in events: HMAC-SHA256 of id under the trust's key, fixed when the
    -- pupil is first recorded, so analytics can follow a pupil without knowing who they are.
    pseudonym         text        NOT NULL,
    first_name        text        NOT NULL,
    last_name         text        NOT NULL,
    date_of_birth     date        NOT NULL,
    sex               text        NOT NULL CHECK (sex IN ('M', 'F')),
    year_group        integer     NOT NULL CHECK (year_group BETWEEN 0 AND 13),
    class_name        text,
    disadvantaged     boolean     NOT NULL,
    free_school_meals boolean     NOT NULL,
    sen_status        text        NOT NULL CHECK (sen_status IN ('NONE', 'SEN_SUPPORT', 'EHCP')),
    eal               boolean     NOT NULL,
    ethnicity_code    text,
    prior_attainment  text CHECK (prior_attainment IN ('LOW', 'MIDDLE', 'HIGH')),
    joined_on         date,
    left_on           date,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    CONSTRAINT pupil_upn_per_school UNIQUE (school_id, upn)
);
CREATE INDEX pupil_school_year ON pupil (school_id, year_group, id);
CREATE INDEX pupil_trust ON pupil (trust_id);

CREATE TABLE assessment (
    id            uuid PRIMARY KEY,
    trust_id      uuid        NOT NULL,
    school_id     uuid        NOT NULL,
    pupil_id      uuid        NOT NULL REFERENCES pupil (id),
    academic_year text        NOT NULL,
    term          text        NOT NULL CHECK (term IN ('AUTUMN', 'SPRING', 'SUMMER')),
    subject       text        NOT NULL CHECK (subject IN ('READING', 'WRITING', 'MATHS', 'GPS', 'SCIENCE')),
    source        text        NOT NULL CHECK (source IN ('TEACHER_ASSESSMENT', 'TEST')),
    judgement     text CHECK (judgement IN ('PKS', 'BLW', 'WTS', 'EXS', 'GDS')),
    scaled_score  integer CHECK (scaled_score BETWEEN 80 AND 120),
    year_group    integer     NOT NULL CHECK (year_group BETWEEN 0 AND 13),
    recorded_at   timestamptz NOT NULL,
    recorded_by   text        NOT NULL,
    version       bigint      NOT NULL,
    CONSTRAINT assessment_natural_key UNIQUE (pupil_id, academic_year, term, subject, source),
    CONSTRAINT assessment_value_matches_source CHECK (
        (source = 'TEST' AND scaled_score IS NOT NULL AND judgement IS NULL)
        OR (source = 'TEACHER_ASSESSMENT' AND judgement IS NOT NULL AND scaled_score IS NULL))
);
CREATE INDEX assessment_school_term ON assessment (school_id, academic_year, term);

-- Every superseded value of an assessment, written by the trigger below whatever path changed it
-- (a teacher's correction through the API, or an MIS import), so no change can be lost.
CREATE TABLE assessment_history (
    assessment_id uuid        NOT NULL REFERENCES assessment (id),
    version       bigint      NOT NULL,
    judgement     text,
    scaled_score  integer,
    year_group    integer     NOT NULL,
    recorded_at   timestamptz NOT NULL,
    recorded_by   text        NOT NULL,
    superseded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, version)
);

CREATE FUNCTION assessment_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO assessment_history (assessment_id, version, judgement, scaled_score, year_group, recorded_at, recorded_by)
    VALUES (OLD.id, OLD.version, OLD.judgement, OLD.scaled_score, OLD.year_group, OLD.recorded_at, OLD.recorded_by);
    RETURN NEW;
END;
$$;
CREATE TRIGGER assessment_changed BEFORE UPDATE ON assessment FOR EACH ROW
    WHEN (OLD.judgement IS DISTINCT FROM NEW.judgement OR OLD.scaled_score IS DISTINCT FROM NEW.scaled_score
          OR OLD.year_group IS DISTINCT FROM NEW.year_group)
    EXECUTE FUNCTION assessment_keep_history();

CREATE TABLE target (
    id            uuid PRIMARY KEY,
    trust_id      uuid        NOT NULL,
    school_id     uuid        NOT NULL,
    pupil_id      uuid        NOT NULL REFERENCES pupil (id),
    academic_year text        NOT NULL,
    subject       text        NOT NULL CHECK (subject IN ('READING', 'WRITING', 'MATHS', 'GPS', 'SCIENCE')),
    judgement     text        NOT NULL CHECK (judgement IN ('PKS', 'BLW', 'WTS', 'EXS', 'GDS')),
    set_at        timestamptz NOT NULL,
    set_by        text        NOT NULL,
    version       bigint      NOT NULL,
    CONSTRAINT target_natural_key UNIQUE (pupil_id, academic_year, subject)
);
CREATE INDEX target_school_year ON target (school_id, academic_year);

-- MIS imports run as jobs: the uploaded file is kept here until the job finishes, so a job
-- survives a restart (a worker that died is noticed by its stale heartbeat and the job re-queued;
-- nothing was written, because a job's changes commit together with its final status).
CREATE TABLE import_job (
    id             uuid PRIMARY KEY,
    created_seq    bigserial   NOT NULL,
    trust_id       uuid        NOT NULL,
    -- the schools the rows name, once read; before that the submitter's schools
    school_ids     uuid[]      NOT NULL,
    allowed_school_ids uuid[]  NOT NULL,
    default_school_id uuid,
    submitted_by   text        NOT NULL,
    format         text        NOT NULL CHECK (format IN ('CSV', 'JSON')),
    mode           text        NOT NULL CHECK (mode IN ('ATOMIC', 'PARTIAL')),
    status         text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    content        bytea,
    content_sha256 text        NOT NULL,
    content_bytes  bigint      NOT NULL,
    rows_total     integer,
    rows_processed integer     NOT NULL DEFAULT 0,
    rows_applied   integer     NOT NULL DEFAULT 0,
    rows_unchanged integer     NOT NULL DEFAULT 0,
    rows_rejected  integer     NOT NULL DEFAULT 0,
    pupils_applied integer     NOT NULL DEFAULT 0,
    assessments_applied integer NOT NULL DEFAULT 0,
    error_count    integer     NOT NULL DEFAULT 0,
    detail         text,
    attempts       integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    started_at     timestamptz,
    finished_at    timestamptz,
    heartbeat_at   timestamptz
);
CREATE INDEX import_job_queue ON import_job (created_seq) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX import_job_trust ON import_job (trust_id, id);

CREATE TABLE import_error (
    job_id         uuid    NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    seq            integer NOT NULL,
    line           integer,
    field          text    NOT NULL,
    message        text    NOT NULL,
    rejected_value text,
    PRIMARY KEY (job_id, seq)
);

-- A published version of one school's termly results. Only counts are stored; the exact and
-- published (rounded, suppressed) figures are derived from them by the same code every time.
CREATE TABLE termly_results_snapshot (
    id            uuid PRIMARY KEY,
    trust_id      uuid        NOT NULL,
    school_id     uuid        NOT NULL,
    academic_year text        NOT NULL,
    term          text        NOT NULL,
    version       integer     NOT NULL,
    published_at  timestamptz NOT NULL,
    published_by  text        NOT NULL,
    event_id      uuid        NOT NULL,
    fingerprint   text        NOT NULL,
    CONSTRAINT termly_results_snapshot_version UNIQUE (school_id, academic_year, term, version)
);
CREATE INDEX termly_results_snapshot_trust ON termly_results_snapshot (trust_id, academic_year, term);

CREATE TABLE termly_results_row (
    snapshot_id      uuid    NOT NULL REFERENCES termly_results_snapshot (id),
    year_group       integer NOT NULL,
    subject          text    NOT NULL,
    pupil_group      text    NOT NULL,
    cohort           integer NOT NULL,
    at_expected      integer NOT NULL,
    greater_depth    integer NOT NULL,
    on_track         integer NOT NULL,
    scaled_count     integer NOT NULL,
    scaled_sum       bigint  NOT NULL,
    PRIMARY KEY (snapshot_id, year_group, subject, pupil_group)
);

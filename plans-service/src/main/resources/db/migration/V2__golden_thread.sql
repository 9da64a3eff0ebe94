-- The golden thread (issue 7): plans-service's own copy of the evidence other services publish,
-- so that milestones are evaluated when an event arrives and again, at once, when a milestone is
-- created or its measure changes. Filled only by the consumers of tracking.events and
-- monitoring.events; never written through the API.

-- Published termly results: the current version of each school's snapshot per academic year and
-- term. A higher version replaces the rows of the earlier one; a lower or equal one is ignored.
CREATE TABLE termly_results (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid NOT NULL,
    academic_year          text NOT NULL,
    term                   text NOT NULL,
    version                integer NOT NULL,
    snapshot_id            uuid NOT NULL,
    event_id               uuid NOT NULL,
    event_type             text NOT NULL,
    published_at           timestamptz NOT NULL,
    received_at            timestamptz NOT NULL,
    CONSTRAINT termly_results_term UNIQUE (trust_id, school_id, academic_year, term)
);

-- One row per year group x subject x pupil group: the cohort, the school's exact figures (when the
-- event carried them) and the figures as published (whole numbers, null when suppressed or empty).
CREATE TABLE termly_result (
    termly_results_id               uuid NOT NULL REFERENCES termly_results (id) ON DELETE CASCADE,
    year_group                      integer NOT NULL,
    subject                         text NOT NULL,
    pupil_group                     text NOT NULL,
    cohort                          integer NOT NULL,
    exact_given                     boolean NOT NULL,
    exact_pct_at_or_above_expected  numeric(4, 1),
    exact_pct_greater_depth         numeric(4, 1),
    exact_pct_on_track              numeric(4, 1),
    exact_average_scaled_score      numeric(4, 1),
    exact_disadvantaged_gap         numeric(4, 1),
    pct_at_or_above_expected        integer,
    pct_greater_depth               integer,
    pct_on_track                    integer,
    average_scaled_score            integer,
    disadvantaged_gap               integer,
    suppressed                      boolean NOT NULL
);
CREATE INDEX termly_result_of ON termly_result (termly_results_id);

-- Monitoring findings at their latest revision. A withdrawn finding stays as a tombstone (with its
-- revision) so that an older revision arriving late cannot bring it back; one withdrawn before its
-- first publication arrived has no activity details.
CREATE TABLE finding (
    finding_id             uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid NOT NULL,
    revision               integer NOT NULL,
    activity_id            uuid,
    activity_type          text,
    academic_year          text,
    term                   text,
    observed_on            date,
    judgement              integer,
    withdrawn              boolean NOT NULL,
    withdrawn_reason       text,
    withdrawn_at           timestamptz,
    event_id               uuid NOT NULL,
    event_type             text NOT NULL,
    received_at            timestamptz NOT NULL
);
CREATE INDEX finding_school ON finding (school_id, activity_type) WHERE NOT withdrawn;

CREATE TABLE finding_focus_tag (
    finding_id             uuid NOT NULL REFERENCES finding (finding_id) ON DELETE CASCADE,
    focus_tag              text NOT NULL,
    PRIMARY KEY (finding_id, focus_tag)
);
CREATE INDEX finding_focus_tag_tag ON finding_focus_tag (focus_tag);

CREATE TABLE finding_milestone (
    finding_id             uuid NOT NULL REFERENCES finding (finding_id) ON DELETE CASCADE,
    milestone_id           uuid NOT NULL,
    PRIMARY KEY (finding_id, milestone_id)
);
CREATE INDEX finding_milestone_milestone ON finding_milestone (milestone_id);

-- plans-service: improvement plans and their parts. Every row carries trust_id and school_id
-- (school_id is null for a trust-level plan and its parts), so every query can be scoped.
-- Lists held as JSON are stored as text: they are read and written whole, never queried inside.

CREATE TABLE plan (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid,
    title                  text NOT NULL,
    academic_year          text NOT NULL,
    layer                  text NOT NULL,
    focus                  text,
    parent_plan_id         uuid REFERENCES plan (id),
    status                 text NOT NULL,
    self_evaluation_links  text NOT NULL DEFAULT '[]',
    inspection_key_issues  text NOT NULL DEFAULT '[]',
    governors_role         text,
    approved_by            text,
    approved_at            timestamptz,
    approval_note          text,
    activated_by           text,
    activated_at           timestamptz,
    closed_by              text,
    closed_at              timestamptz,
    created_by             text NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_by             text NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL
);
CREATE INDEX plan_tenant ON plan (trust_id, school_id, id);
CREATE INDEX plan_parent ON plan (parent_plan_id);

CREATE TABLE priority (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid,
    plan_id                uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position               integer NOT NULL,
    number                 text NOT NULL,
    title                  text NOT NULL,
    area                   text NOT NULL,
    custom_area            text,
    rationale              text,
    parent_priority_id     uuid REFERENCES priority (id),
    addresses_key_issues   text NOT NULL DEFAULT '[]',
    lead                   text,
    created_by             text NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_by             text NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL,
    CONSTRAINT priority_position UNIQUE (plan_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX priority_parent ON priority (parent_priority_id);

CREATE TABLE objective (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid,
    plan_id                uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    priority_id            uuid NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    position               integer NOT NULL,
    number                 text NOT NULL,
    title                  text NOT NULL,
    success_criterion      text,
    measure_type           text,
    subject                text,
    year_groups            text,
    pupil_group            text,
    metric                 text,
    comparator             text,
    target                 numeric(6, 1),
    activity_type          text,
    focus_tag              text,
    judgement_threshold    integer,
    created_by             text NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_by             text NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL,
    CONSTRAINT objective_position UNIQUE (priority_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX objective_plan ON objective (plan_id);

CREATE TABLE action (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid,
    plan_id                uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    priority_id            uuid NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    objective_id           uuid REFERENCES objective (id) ON DELETE SET NULL,
    position               integer NOT NULL,
    number                 text NOT NULL,
    title                  text NOT NULL,
    lead                   text,
    lead_user_id           text,
    supporting_staff       text NOT NULL DEFAULT '[]',
    start_date             date,
    due_date               date,
    review_date            date,
    budget_pence           bigint,
    time_allocation        text,
    staffing               text,
    cpd                    text,
    monitoring             text,
    status                 text NOT NULL,
    created_by             text NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_by             text NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL,
    CONSTRAINT action_position UNIQUE (priority_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX action_plan ON action (plan_id);
CREATE INDEX action_tenant ON action (trust_id, school_id, id);

CREATE TABLE milestone (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid,
    plan_id                uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    priority_id            uuid NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    action_id              uuid NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    position               integer NOT NULL,
    number                 text NOT NULL,
    title                  text NOT NULL,
    academic_year          text NOT NULL,
    term                   text NOT NULL,
    due_date               date NOT NULL,
    measure_type           text NOT NULL,
    subject                text,
    year_groups            text,
    pupil_group            text,
    metric                 text,
    comparator             text,
    target                 numeric(6, 1),
    activity_type          text,
    focus_tag              text,
    judgement_threshold    integer,
    status                 text NOT NULL,
    measure_status         text NOT NULL,
    observed_value         numeric(6, 1),
    explanation            text NOT NULL,
    evaluated_at           timestamptz,
    evaluated_by           text,
    source_event_id        uuid,
    source_event_type      text,
    override_status        text,
    override_reason        text,
    override_by            text,
    override_at            timestamptz,
    created_by             text NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_by             text NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL,
    CONSTRAINT milestone_position UNIQUE (action_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX milestone_plan ON milestone (plan_id, priority_id, status);
CREATE INDEX milestone_tenant ON milestone (trust_id, school_id, id);
-- how the golden-thread consumers find the milestones an event can move
CREATE INDEX milestone_tracking ON milestone (school_id, academic_year, subject) WHERE measure_type = 'TRACKING';
CREATE INDEX milestone_monitoring ON milestone (school_id, activity_type, focus_tag) WHERE measure_type = 'MONITORING';

CREATE TABLE milestone_evaluation (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid,
    plan_id                uuid NOT NULL,
    milestone_id           uuid NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    previous_status        text NOT NULL,
    status                 text NOT NULL,
    measure_status         text NOT NULL,
    observed_value         numeric(6, 1),
    target                 numeric(6, 1),
    comparator             text,
    explanation            text NOT NULL,
    source_event_id        uuid,
    source_event_type      text,
    manual_override        boolean NOT NULL,
    reason                 text,
    evaluated_by           text NOT NULL,
    evaluated_at           timestamptz NOT NULL
);
CREATE INDEX milestone_evaluation_trail ON milestone_evaluation (milestone_id, id);

CREATE TABLE review (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid,
    plan_id                uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    reviewed_on            date NOT NULL,
    term                   text,
    title                  text NOT NULL,
    progress               text,
    evaluation             text,
    impact                 text,
    next_steps             text,
    overall_rag            text,
    ratings                text NOT NULL DEFAULT '[]',
    created_by             text NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_by             text NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint NOT NULL
);
CREATE INDEX review_plan ON review (plan_id, reviewed_on, id);

-- The plan's history: every change to the plan or any of its parts, who and when, before and after.
-- Kept when an item (or the plan) is deleted, so a deletion stays visible.
CREATE TABLE plan_change (
    id                     uuid PRIMARY KEY,
    trust_id               uuid NOT NULL,
    school_id              uuid,
    plan_id                uuid NOT NULL,
    item_type              text NOT NULL,
    item_id                uuid NOT NULL,
    item_number            text,
    item_title             text,
    kind                   text NOT NULL,
    summary                text NOT NULL,
    changes                text NOT NULL,
    changed_by             text NOT NULL,
    changed_at             timestamptz NOT NULL
);
CREATE INDEX plan_change_plan ON plan_change (plan_id, id);

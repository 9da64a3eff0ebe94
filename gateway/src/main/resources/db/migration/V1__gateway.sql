-- The organisation registry and identities the gateway owns: trusts and their schools, the
-- built-in issuer's users, and API clients (MIS integrations, trust analytics).

CREATE TABLE trust (
    id                      uuid PRIMARY KEY,
    name                    text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    companies_house_number  text CHECK (companies_house_number ~ '^[0-9A-Z]{8}$'),
    created_at              timestamptz NOT NULL,
    created_by              text NOT NULL,
    updated_at              timestamptz NOT NULL,
    version                 bigint NOT NULL
);

CREATE TABLE school (
    id                  uuid PRIMARY KEY,
    trust_id            uuid NOT NULL REFERENCES trust (id),
    -- A DfE URN names one establishment nationally, so it is unique across trusts.
    urn                 text NOT NULL UNIQUE CHECK (urn ~ '^[0-9]{6}$'),
    name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    phase               text NOT NULL,
    local_authority     text,
    statutory_low_age   integer CHECK (statutory_low_age BETWEEN 0 AND 25),
    statutory_high_age  integer CHECK (statutory_high_age BETWEEN 0 AND 25),
    created_at          timestamptz NOT NULL,
    created_by          text NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint NOT NULL
);
CREATE INDEX school_trust ON school (trust_id, id);

CREATE TABLE user_account (
    id              uuid PRIMARY KEY,
    trust_id        uuid NOT NULL REFERENCES trust (id),
    username        text NOT NULL CHECK (username = lower(username)),
    display_name    text NOT NULL,
    password_hash   text NOT NULL,
    enabled         boolean NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL
);
CREATE UNIQUE INDEX user_account_username ON user_account (username);
CREATE INDEX user_account_trust ON user_account (trust_id, id);

CREATE TABLE user_account_role (
    user_account_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('TRUST_LEADER', 'SCHOOL_LEADER', 'SUBJECT_LEADER', 'TEACHER', 'GOVERNOR')),
    PRIMARY KEY (user_account_id, role)
);

CREATE TABLE user_account_school (
    user_account_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    school_id       uuid NOT NULL REFERENCES school (id),
    PRIMARY KEY (user_account_id, school_id)
);

CREATE TABLE api_client (
    id                      uuid PRIMARY KEY,
    trust_id                uuid NOT NULL REFERENCES trust (id),
    name                    text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    secret_hash             text NOT NULL,
    secret_rotated_at       timestamptz NOT NULL,
    rate_limit_per_second   integer CHECK (rate_limit_per_second > 0),
    rate_limit_burst        integer CHECK (rate_limit_burst > 0),
    created_at              timestamptz NOT NULL,
    created_by              text NOT NULL,
    updated_at              timestamptz NOT NULL,
    revoked_at              timestamptz,
    revoked_by              text,
    version                 bigint NOT NULL
);
CREATE INDEX api_client_trust ON api_client (trust_id, id);

CREATE TABLE api_client_role (
    api_client_id   uuid NOT NULL REFERENCES api_client (id) ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('MIS_INTEGRATION', 'ANALYTICS')),
    PRIMARY KEY (api_client_id, role)
);

CREATE TABLE api_client_school (
    api_client_id   uuid NOT NULL REFERENCES api_client (id) ON DELETE CASCADE,
    school_id       uuid NOT NULL REFERENCES school (id),
    PRIMARY KEY (api_client_id, school_id)
);

-- Accounts of people (shoppers, merchants' staff, economists, operators). Terminals are OAuth2 clients (V3).
CREATE TABLE account (
    id                 UUID PRIMARY KEY,
    email              TEXT        NOT NULL,
    password_hash      TEXT,
    display_name       TEXT        NOT NULL,
    roles              TEXT[]      NOT NULL CHECK (cardinality(roles) > 0),
    merchant_id        UUID,
    city_codes         TEXT[]      NOT NULL DEFAULT '{}',
    region             BOOLEAN     NOT NULL DEFAULT false,
    home_city          TEXT,
    language           TEXT        NOT NULL DEFAULT 'en' CHECK (language IN ('de', 'sl', 'hu', 'en')),
    status             TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'INVITED', 'DISABLED')),
    failed_sign_ins    INT         NOT NULL DEFAULT 0,
    locked_until       TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- scopes that go with roles
    CHECK (NOT ('SHOPPER' = ANY (roles)) OR home_city IS NOT NULL),
    CHECK (NOT ('CASHIER' = ANY (roles) OR 'MERCHANT_OWNER' = ANY (roles)) OR merchant_id IS NOT NULL),
    CHECK (NOT ('ECONOMIST' = ANY (roles)) OR region OR cardinality(city_codes) > 0),
    CHECK (status = 'INVITED' OR password_hash IS NOT NULL)
);
CREATE UNIQUE INDEX account_by_email ON account (lower(email));
CREATE INDEX account_by_merchant ON account (merchant_id) WHERE merchant_id IS NOT NULL;

-- Security-relevant actions, append-only; operators read them.
CREATE TABLE audit_event (
    id         BIGSERIAL PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    action     TEXT        NOT NULL,
    actor      TEXT,
    subject    TEXT,
    detail     TEXT,
    remote     TEXT
);
CREATE INDEX audit_event_by_time ON audit_event (at DESC);

-- Merchants (minimal for now: onboarding details, stores, terminals and lifecycle follow in issue 4).
CREATE TABLE merchant (
    id            UUID PRIMARY KEY,
    legal_name    TEXT        NOT NULL,
    trading_name  TEXT        NOT NULL,
    city_code     TEXT        NOT NULL REFERENCES city (code),
    nace_code     TEXT        NOT NULL CHECK (nace_code ~ '^[0-9]{2}(\.[0-9]{1,2})?$'),
    status        TEXT        NOT NULL CHECK (status IN ('ACTIVE')),
    registered_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX merchant_by_city ON merchant (city_code);

-- Shoppers as identity-service announces them (UserRegistered): a voucher can only go to a wallet that exists.
CREATE TABLE shopper (
    id            UUID PRIMARY KEY,
    home_city     TEXT,
    registered_at TIMESTAMPTZ NOT NULL
);

-- A sale at the counter: one request of an operator, kept with its Idempotency-Key, so a retried
-- request gets the same vouchers back and never sells twice.
CREATE TABLE counter_sale (
    id              UUID PRIMARY KEY,
    operator        TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    program_id      UUID        NOT NULL REFERENCES program (id),
    payment_method  TEXT        NOT NULL CHECK (payment_method IN ('CASH', 'CARD_TERMINAL', 'BANK_TRANSFER')),
    holder_id       UUID REFERENCES shopper (id),
    quantity        INT         NOT NULL CHECK (quantity BETWEEN 1 AND 50),
    price_each      BIGINT      NOT NULL CHECK (price_each > 0),
    sold_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (operator, idempotency_key)
);

-- Vouchers. No plain code anywhere: code_hash (HMAC, to look a code up) and code_sealed (AES-GCM,
-- so the holder can be shown the code again) need keys that are not in the database.
CREATE TABLE voucher (
    id             UUID PRIMARY KEY,
    program_id     UUID        NOT NULL REFERENCES program (id),
    code_hash      TEXT        NOT NULL UNIQUE,
    code_sealed    BYTEA       NOT NULL,
    code_hint      TEXT        NOT NULL,
    currency       CHAR(3)     NOT NULL,
    face_value     BIGINT      NOT NULL CHECK (face_value > 0),
    price          BIGINT      NOT NULL CHECK (price >= 0),
    subsidy        BIGINT      NOT NULL CHECK (subsidy >= 0),
    channel        TEXT        NOT NULL CHECK (channel IN ('COUNTER', 'BULK', 'REWARD')),
    payment_method TEXT,
    holder_id      UUID REFERENCES shopper (id),
    sale_id        UUID REFERENCES counter_sale (id),
    status         TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED', 'EXPIRED')),
    issued_at      TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ NOT NULL,
    issued_by      TEXT        NOT NULL
);
CREATE INDEX voucher_by_holder ON voucher (holder_id) WHERE holder_id IS NOT NULL;
CREATE INDEX voucher_by_sale ON voucher (sale_id) WHERE sale_id IS NOT NULL;

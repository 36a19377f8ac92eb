-- The reward catalogue: a voucher of a program for so many points (operators keep it).
CREATE TABLE reward (
    id         UUID PRIMARY KEY,
    program_id UUID        NOT NULL,
    names      JSONB       NOT NULL,
    amount     BIGINT      NOT NULL CHECK (amount > 0),
    currency   CHAR(3)     NOT NULL CHECK (currency IN ('EUR', 'HUF')),
    points     BIGINT      NOT NULL CHECK (points > 0),
    active     BOOLEAN     NOT NULL DEFAULT true,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A shopper's conversion of points into a reward voucher, once per Idempotency-Key; its id is the
-- request id voucher-service issues the voucher by.
CREATE TABLE conversion (
    id              UUID PRIMARY KEY,
    shopper_id      UUID        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    reward_id       UUID        NOT NULL REFERENCES reward (id),
    points          BIGINT      NOT NULL,
    balance_after   BIGINT      NOT NULL,
    converted_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (shopper_id, idempotency_key)
);

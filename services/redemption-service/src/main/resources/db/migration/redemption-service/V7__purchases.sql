-- Purchases recorded at the till (for points), with their Idempotency-Key; and the member tokens
-- already used (a token is good for one purchase).
CREATE TABLE purchase (
    id              UUID PRIMARY KEY,
    caller          TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    merchant_id     UUID        NOT NULL,
    store_id        UUID        NOT NULL,
    shopper_id      UUID,
    basket_total    BIGINT      NOT NULL CHECK (basket_total > 0),
    currency        CHAR(3)     NOT NULL,
    voucher_amount  BIGINT      NOT NULL DEFAULT 0,
    member          TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    UNIQUE (caller, idempotency_key)
);
CREATE TABLE member_token_use (
    jti        TEXT PRIMARY KEY,
    shopper_id UUID        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Refunds of recorded purchases at the till (for points), once per Idempotency-Key; never more than the basket.
CREATE TABLE purchase_refund (
    id              UUID PRIMARY KEY,
    purchase_id     UUID        NOT NULL REFERENCES purchase (id),
    caller          TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    amount          BIGINT      NOT NULL CHECK (amount > 0),
    refunded_total  BIGINT      NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    UNIQUE (caller, idempotency_key)
);
CREATE INDEX purchase_refund_by_purchase ON purchase_refund (purchase_id);

-- Refunds of a redemption, fully or in part, within the reversal window; each with its own
-- Idempotency-Key, never more in all than was redeemed.
CREATE TABLE reversal (
    id              UUID PRIMARY KEY,
    redemption_id   UUID        NOT NULL REFERENCES redemption (id),
    caller          TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    amount          BIGINT      NOT NULL CHECK (amount > 0),
    balance_after   BIGINT      NOT NULL,
    sequence        BIGINT      NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    UNIQUE (caller, idempotency_key)
);
CREATE INDEX reversal_by_redemption ON reversal (redemption_id);
ALTER TABLE redemption ADD COLUMN reversed BIGINT NOT NULL DEFAULT 0 CHECK (reversed >= 0);
ALTER TABLE redemption ADD CONSTRAINT redemption_reversed_at_most_amount CHECK (reversed <= amount);

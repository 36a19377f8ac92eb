-- The wallet's view of balances: redemption-service is their only writer; its events carry the balance
-- after each change and a per-voucher sequence, so the newest wins whatever order events arrive in.
ALTER TABLE voucher ADD COLUMN balance_sequence BIGINT NOT NULL DEFAULT 0;

-- What happened to a voucher at the till, for the holder's history.
CREATE TABLE voucher_history (
    id          UUID PRIMARY KEY,
    voucher_id  UUID        NOT NULL REFERENCES voucher (id),
    kind        TEXT        NOT NULL CHECK (kind IN ('REDEEMED', 'REVERSED')),
    amount      BIGINT      NOT NULL CHECK (amount > 0),
    currency    CHAR(3)     NOT NULL,
    merchant_id UUID        NOT NULL,
    happened_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX voucher_history_by_voucher ON voucher_history (voucher_id, happened_at);

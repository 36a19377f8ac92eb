-- Where merchants are paid out to, as merchant-service publishes it (PayoutAccountSet); the newest wins.
CREATE TABLE payout_account (
    merchant_id    UUID PRIMARY KEY,
    account_holder TEXT        NOT NULL,
    iban           TEXT        NOT NULL,
    set_at         TIMESTAMPTZ NOT NULL
);

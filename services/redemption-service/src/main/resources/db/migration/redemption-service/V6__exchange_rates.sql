-- Reference rate for spending an EUR voucher in a forint shop and the reverse (HUF per EUR). Operators
-- set it (the ECB reference rate); the rate used is recorded on each redemption. The seeded rate is a
-- placeholder for local use.
CREATE TABLE exchange_rate (
    pair       TEXT PRIMARY KEY CHECK (pair = 'EUR/HUF'),
    rate       NUMERIC(14, 6) NOT NULL CHECK (rate > 0),
    updated_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_by TEXT           NOT NULL
);
INSERT INTO exchange_rate (pair, rate, updated_by) VALUES ('EUR/HUF', 395.000000, 'seed: placeholder, set the ECB reference rate');

ALTER TABLE redemption ADD COLUMN merchant_amount BIGINT;
ALTER TABLE redemption ADD COLUMN merchant_currency CHAR(3);
ALTER TABLE redemption ADD COLUMN exchange_rate NUMERIC(14, 6);

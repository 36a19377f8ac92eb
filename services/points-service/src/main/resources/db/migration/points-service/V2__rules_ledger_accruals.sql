-- Accrual rule sets: each version in force from a day (the purchase city's local day) until the next.
-- The body is the RuleSet as JSON (points per euro, forints per euro, multipliers, campaigns, bonuses, cap).
CREATE TABLE rule_set (
    version        INT PRIMARY KEY,
    effective_from DATE        NOT NULL,
    body           JSONB       NOT NULL,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- The first rules (an assumption until the cooperation decides, ADR 16): 1 point per euro, 400 forints
-- count as a euro, 20 points for another partner city of one's country, 50 across the border, at most
-- 500 points a day.
INSERT INTO rule_set (version, effective_from, body, created_by) VALUES (1, DATE '2026-01-01',
    '{"pointsPerEuro": 1, "forintsPerEuro": 400, "sectorMultipliers": {}, "merchantMultipliers": {}, "campaigns": [],
      "crossCityBonus": 20, "crossBorderBonus": 50, "dailyCap": 500}', 'seed');

-- What points-service needs to know of merchants (sector, seat) and shoppers (home city), from events.
CREATE TABLE merchant (
    merchant_id UUID PRIMARY KEY,
    nace_code   TEXT NOT NULL,
    city_code   TEXT NOT NULL
);
CREATE TABLE shopper (
    shopper_id UUID PRIMARY KEY,
    home_city  TEXT
);

-- The points ledger, double entry: every transaction's entries sum to zero. Accounts: 'shopper' (a
-- shopper's points, with shopper_id), 'issued' (points the cooperation owes), 'expired', 'converted',
-- 'reversed'. A shopper's balance is the sum of their entries; points_balance keeps it, never negative.
CREATE TABLE points_entry (
    id             BIGSERIAL PRIMARY KEY,
    transaction_id UUID        NOT NULL,
    account        TEXT        NOT NULL CHECK (account IN ('shopper', 'issued', 'expired', 'converted', 'reversed')),
    shopper_id     UUID        NOT NULL,
    amount         BIGINT      NOT NULL,
    kind           TEXT        NOT NULL CHECK (kind IN ('ACCRUAL', 'EXPIRY', 'CONVERSION', 'REVERSAL')),
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX points_entry_by_shopper ON points_entry (shopper_id, at) WHERE account = 'shopper';
CREATE INDEX points_entry_by_transaction ON points_entry (transaction_id);

CREATE TABLE points_balance (
    shopper_id UUID PRIMARY KEY,
    balance    BIGINT NOT NULL CHECK (balance >= 0)
);

-- One accrual per purchase (the purchase id makes a redelivered event a no-op), with its reasons.
CREATE TABLE accrual (
    purchase_id  UUID PRIMARY KEY,
    shopper_id   UUID        NOT NULL,
    merchant_id  UUID        NOT NULL,
    city_code    TEXT        NOT NULL,
    day          DATE        NOT NULL,
    points       BIGINT      NOT NULL CHECK (points >= 0),
    rule_version INT         NOT NULL REFERENCES rule_set (version),
    reasons      JSONB       NOT NULL,
    purchased_at TIMESTAMPTZ NOT NULL,
    accrued_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX accrual_by_shopper_day ON accrual (shopper_id, day);

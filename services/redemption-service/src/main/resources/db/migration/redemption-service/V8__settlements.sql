-- Settlement: per merchant, program issuer and period, what was redeemed, what was given back, and
-- what the issuer pays out. Redemptions and reversals are settled once; a settled redemption can no
-- longer be reversed.
CREATE TABLE settlement (
    id          UUID PRIMARY KEY,
    merchant_id UUID        NOT NULL,
    issuer      TEXT        NOT NULL,
    currency    CHAR(3)     NOT NULL,
    period_from DATE        NOT NULL,
    period_to   DATE        NOT NULL,
    redemptions INT         NOT NULL,
    redeemed    BIGINT      NOT NULL,
    reversed    BIGINT      NOT NULL,
    payout      BIGINT      NOT NULL,
    settled_at  TIMESTAMPTZ NOT NULL,
    CHECK (period_from <= period_to),
    CHECK (payout = redeemed - reversed)
);
CREATE INDEX settlement_by_merchant ON settlement (merchant_id, period_from);
ALTER TABLE redemption ADD COLUMN settlement_id UUID REFERENCES settlement (id);
ALTER TABLE reversal ADD COLUMN settlement_id UUID REFERENCES settlement (id);
CREATE INDEX redemption_unsettled ON redemption (at) WHERE settlement_id IS NULL AND outcome = 'APPROVED';

-- analytics-service: the read model behind the economists' dashboards, built from every service's
-- events. Facts keep the ids they refer to and are joined with the dimensions when asked, so the order
-- in which topics arrive does not matter. Amounts in minor units of their currency, and in euro cents
-- at the rate recorded on the fact (HUF: the redemption's own rate, else citycoop.analytics.huf-per-eur).

CREATE TABLE dim_merchant (
    merchant_id  UUID PRIMARY KEY,
    name         TEXT NOT NULL,
    city_code    TEXT NOT NULL,
    country_code TEXT NOT NULL,
    nace_code    TEXT NOT NULL
);

CREATE TABLE dim_shopper (
    shopper_id UUID PRIMARY KEY,
    home_city  TEXT
);

CREATE TABLE dim_program (
    program_id UUID PRIMARY KEY,
    issuer     TEXT NOT NULL,
    currency   TEXT NOT NULL,
    coverage   TEXT NOT NULL,
    name       TEXT NOT NULL
);

-- a voucher sold or given: also the voucher's dimension for what happens to it later
CREATE TABLE fact_sale (
    voucher_id  UUID PRIMARY KEY,
    program_id  UUID        NOT NULL,
    issuer      TEXT        NOT NULL,
    currency    TEXT        NOT NULL,
    face_value  BIGINT      NOT NULL,
    price       BIGINT      NOT NULL,
    subsidy     BIGINT      NOT NULL,
    face_eur    BIGINT      NOT NULL,
    rate        NUMERIC     NOT NULL,
    channel     TEXT        NOT NULL,
    holder_id   UUID,
    day         DATE        NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX fact_sale_day ON fact_sale (day);

CREATE TABLE fact_redemption (
    redemption_id   UUID PRIMARY KEY,
    voucher_id      UUID        NOT NULL,
    merchant_id     UUID        NOT NULL,
    amount          BIGINT      NOT NULL,
    currency        TEXT        NOT NULL,
    amount_eur      BIGINT      NOT NULL,
    rate            NUMERIC     NOT NULL,
    merchant_amount BIGINT      NOT NULL,
    merchant_currency TEXT      NOT NULL,
    day             DATE        NOT NULL,
    redeemed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX fact_redemption_day ON fact_redemption (day);
CREATE INDEX fact_redemption_voucher ON fact_redemption (voucher_id);

CREATE TABLE fact_reversal (
    reversal_id   UUID PRIMARY KEY,
    redemption_id UUID        NOT NULL,
    voucher_id    UUID        NOT NULL,
    merchant_id   UUID        NOT NULL,
    amount        BIGINT      NOT NULL,
    currency      TEXT        NOT NULL,
    amount_eur    BIGINT      NOT NULL,
    day           DATE        NOT NULL
);
CREATE INDEX fact_reversal_day ON fact_reversal (day);

CREATE TABLE fact_purchase (
    purchase_id    UUID PRIMARY KEY,
    merchant_id    UUID        NOT NULL,
    city_code      TEXT        NOT NULL,
    shopper_id     UUID,
    basket_total   BIGINT      NOT NULL,
    currency       TEXT        NOT NULL,
    basket_eur     BIGINT      NOT NULL,
    voucher_amount BIGINT      NOT NULL,
    voucher_eur    BIGINT      NOT NULL,
    day            DATE        NOT NULL
);
CREATE INDEX fact_purchase_day ON fact_purchase (day);

-- the end of a voucher: expired (breakage) or cancelled (refund)
CREATE TABLE fact_voucher_end (
    voucher_id UUID PRIMARY KEY,
    kind       TEXT   NOT NULL CHECK (kind IN ('EXPIRED', 'CANCELLED')),
    amount     BIGINT NOT NULL,
    currency   TEXT   NOT NULL,
    amount_eur BIGINT NOT NULL,
    day        DATE   NOT NULL
);

CREATE TABLE fact_points (
    event_key  TEXT PRIMARY KEY,
    kind       TEXT   NOT NULL CHECK (kind IN ('ACCRUED', 'CONVERTED', 'EXPIRED', 'REVERSED')),
    shopper_id UUID   NOT NULL,
    city_code  TEXT,
    points     BIGINT NOT NULL,
    day        DATE   NOT NULL
);
CREATE INDEX fact_points_day ON fact_points (day);

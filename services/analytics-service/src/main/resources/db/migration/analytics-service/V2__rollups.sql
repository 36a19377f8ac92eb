-- analytics-service: rollups the measures read instead of the facts (ADR 19). Each rollup has a table
-- per day and a table per month (its "day" the month's first day), keyed by what the measures group
-- and filter by; sums are additive, distinct shoppers (and shops) are HyperLogLog sketches (the hll
-- extension, postgresql-hll): exact while a cell holds up to 160 of them (the sketch keeps their hashes),
-- an estimate within about 2 % beyond, and mergeable, so a period's cell is the union of its days' and
-- months' cells. RollupRefresher recomputes the days that rollup_dirty names (consumers add the days
-- their events touch, in the event's transaction) and the months of those days before the current one.

CREATE EXTENSION IF NOT EXISTS hll;

CREATE TABLE rollup_dirty (day DATE NOT NULL);

-- spending (redemptions, reversals negative) per city and sector of the shop, program and issuer of the
-- voucher, home city of its holder
CREATE TABLE rollup_spend_day (
    day            DATE   NOT NULL,
    city_code      TEXT   NOT NULL,
    country_code   TEXT   NOT NULL,
    sector         TEXT   NOT NULL,
    program_id     UUID,
    issuer         TEXT,
    home_city      TEXT,
    cents          BIGINT NOT NULL,
    redemptions    BIGINT NOT NULL,
    velocity_days  BIGINT NOT NULL,
    velocity_count BIGINT NOT NULL,
    shoppers       hll    NOT NULL,
    merchants      hll    NOT NULL
);
CREATE INDEX rollup_spend_day_day ON rollup_spend_day (day);
CREATE TABLE rollup_spend_month (LIKE rollup_spend_day);
CREATE INDEX rollup_spend_month_day ON rollup_spend_month (day);

-- spending per shop and program (for rankings of shops)
CREATE TABLE rollup_merchant_day (
    day           DATE    NOT NULL,
    merchant_id   UUID    NOT NULL,
    program_id    UUID,
    cents         BIGINT  NOT NULL,
    redemptions   BIGINT  NOT NULL,
    shopper_count BIGINT  NOT NULL,
    shoppers      hll     NOT NULL
);
CREATE INDEX rollup_merchant_day_day ON rollup_merchant_day (day);
CREATE TABLE rollup_merchant_month (LIKE rollup_merchant_day);
CREATE INDEX rollup_merchant_month_day ON rollup_merchant_month (day);

-- purchases per city and sector of the shop: baskets paid partly with vouchers (leverage), known shoppers
CREATE TABLE rollup_purchase_day (
    day           DATE   NOT NULL,
    city_code     TEXT   NOT NULL,
    country_code  TEXT   NOT NULL,
    sector        TEXT   NOT NULL,
    purchases     BIGINT NOT NULL,
    basket_cents  BIGINT NOT NULL,
    voucher_cents BIGINT NOT NULL,
    shoppers      hll    NOT NULL,
    merchants     hll    NOT NULL
);
CREATE INDEX rollup_purchase_day_day ON rollup_purchase_day (day);
CREATE TABLE rollup_purchase_month (LIKE rollup_purchase_day);
CREATE INDEX rollup_purchase_month_day ON rollup_purchase_month (day);

-- vouchers per program: sold (on the day of the sale), spent (net of reversals), breakage, refunds
CREATE TABLE rollup_voucher_day (
    day            DATE   NOT NULL,
    program_id     UUID   NOT NULL,
    issuer         TEXT   NOT NULL,
    sold           BIGINT NOT NULL,
    sold_cents     BIGINT NOT NULL,
    redeemed_cents BIGINT NOT NULL,
    breakage_cents BIGINT NOT NULL,
    refund_cents   BIGINT NOT NULL,
    holders        hll    NOT NULL
);
CREATE INDEX rollup_voucher_day_day ON rollup_voucher_day (day);
CREATE TABLE rollup_voucher_month (LIKE rollup_voucher_day);
CREATE INDEX rollup_voucher_month_day ON rollup_voucher_month (day);

-- points per kind and (for accruals) city of the purchase
CREATE TABLE rollup_points_day (
    day       DATE   NOT NULL,
    kind      TEXT   NOT NULL,
    city_code TEXT,
    points    BIGINT NOT NULL,
    shoppers  hll    NOT NULL
);
CREATE INDEX rollup_points_day_day ON rollup_points_day (day);
CREATE TABLE rollup_points_month (LIKE rollup_points_day);
CREATE INDEX rollup_points_month_day ON rollup_points_month (day);

-- to find the days a late dimension (a shop, a sale, a shopper's home city) changes
CREATE INDEX fact_redemption_merchant ON fact_redemption (merchant_id);
CREATE INDEX fact_reversal_merchant ON fact_reversal (merchant_id);
CREATE INDEX fact_reversal_voucher ON fact_reversal (voucher_id);
CREATE INDEX fact_purchase_merchant ON fact_purchase (merchant_id);
CREATE INDEX fact_sale_holder ON fact_sale (holder_id);

-- months whose day rows changed; fresh once their month rows are recomputed (only months before the
-- current one are: the measures read the current month's days)
CREATE TABLE rollup_month (
    month DATE PRIMARY KEY,
    fresh BOOLEAN NOT NULL
);

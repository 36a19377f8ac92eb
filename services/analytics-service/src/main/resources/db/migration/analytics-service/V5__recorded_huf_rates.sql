-- analytics-service: forints in euros at the rate redemption-service recorded, not a fixed one (issue 17).
-- Every redemption across the border (a euro voucher in a forint shop or the reverse) carries the
-- operators' EUR/HUF rate it was converted at; those are the rates analytics knows. A forint fact that
-- carries no rate of its own (a sale, purchase, voucher end or forint-only redemption) is converted at
-- the rate of its day: the last rate recorded on or before that day, before the first recorded rate
-- that first rate, and only while no rate was ever recorded the configured citycoop.analytics.huf-per-eur.
CREATE TABLE huf_rate (
    redemption_id UUID PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
    day           DATE        NOT NULL,
    rate          NUMERIC     NOT NULL CHECK (rate > 0)
);
CREATE INDEX huf_rate_day ON huf_rate (day, at);

-- forints per euro on day d (see above); fallback: the configured rate for when none was recorded
CREATE FUNCTION huf_per_eur(d DATE, fallback NUMERIC) RETURNS NUMERIC LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT rate FROM huf_rate WHERE day <= d ORDER BY day DESC, at DESC LIMIT 1),
                    (SELECT rate FROM huf_rate ORDER BY day, at LIMIT 1),
                    fallback)
$$;

CREATE INDEX fact_sale_huf ON fact_sale (day) WHERE currency = 'HUF';
CREATE INDEX fact_voucher_end_day ON fact_voucher_end (day);
CREATE INDEX fact_reversal_redemption ON fact_reversal (redemption_id);

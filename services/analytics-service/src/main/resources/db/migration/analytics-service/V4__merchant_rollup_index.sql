-- analytics-service: the top shops are ranked on sums first, then only the shops that may be shown get
-- their shoppers merged: their rows found by shop.
CREATE INDEX rollup_merchant_day_merchant ON rollup_merchant_day (merchant_id, day);
CREATE INDEX rollup_merchant_month_merchant ON rollup_merchant_month (merchant_id, day);

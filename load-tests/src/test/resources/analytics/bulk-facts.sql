-- Bulk facts for load-tests/dashboard-benchmark.sh: written straight into analytics-service's read model
-- (the tables its consumers write), deterministic (setseed). psql variables: redemptions and purchases
-- between 2025-01-01 and 2026-10-31 at 2,400 shops (100 in each partner city), vouchers of 25 programs (one
-- per city, one of the cooperation) held by shoppers; 1 % of the redemptions reversed, a tenth of the
-- vouchers expired or cancelled, points accrued for the purchases of known shoppers. At the end every day
-- is named for the rollups, which analytics-service then recomputes. Runs again without harm (same seed,
-- same ids; what is there already is kept).
--   psql -v redemptions=5000000 -v purchases=5000000 -v vouchers=1000000 -v shoppers=300000 -f bulk-facts.sql
SELECT setseed(0.2026);

CREATE TEMP TABLE bench_city AS
SELECT ordinality - 1 AS idx, code, upper(left(code, 2)) AS country
FROM unnest(ARRAY['at-bad-radkersburg','at-fehring','at-feldbach','at-friedberg','at-fuerstenfeld','at-gleisdorf','at-hartberg','at-weiz',
                  'si-lenart','si-ormoz','si-ptuj','si-beltinci','si-lendava','si-murska-sobota','si-gornja-radgona','si-ljutomer','si-radenci',
                  'hu-szentgotthard','hu-kormend','hu-oriszentpeter','hu-zalalovo','hu-lenti','hu-letenye','hu-nagykanizsa']) WITH ORDINALITY AS c(code);

INSERT INTO dim_merchant (merchant_id, name, city_code, country_code, nace_code)
SELECT md5('merchant' || i)::uuid, 'Shop ' || i, c.code, c.country,
       (ARRAY['10.71','47.11','56.10','47.71','47.61','47.52','55.10','96.04','47.19'])[1 + (i / 24) % 9]
FROM generate_series(0, 2399) i JOIN bench_city c ON c.idx = i % 24
ON CONFLICT DO NOTHING;

INSERT INTO dim_program (program_id, issuer, currency, coverage, name)
SELECT md5('program' || c.idx)::uuid, c.code, CASE WHEN c.country = 'HU' THEN 'HUF' ELSE 'EUR' END, 'CITY', 'City voucher ' || c.code FROM bench_city c
UNION ALL SELECT md5('program24')::uuid, 'cooperation', 'EUR', 'NETWORK', 'Cooperation voucher'
ON CONFLICT DO NOTHING;

INSERT INTO dim_shopper (shopper_id, home_city)
SELECT md5('shopper' || i)::uuid, c.code FROM generate_series(0, :shoppers - 1) i JOIN bench_city c ON c.idx = i % 24
ON CONFLICT DO NOTHING;

-- voucher v: holder shopper v % shoppers (home city v % 24), program of the home city or (one in five) of the cooperation
INSERT INTO fact_sale (voucher_id, program_id, issuer, currency, face_value, price, subsidy, face_eur, rate, channel, holder_id, day, issued_at)
SELECT md5('voucher' || v)::uuid, md5('program' || p)::uuid, CASE WHEN p = 24 THEN 'cooperation' ELSE c.code END, 'EUR', face, face, 0, face, 1,
       CASE WHEN v % 3 = 0 THEN 'EMPLOYER' ELSE 'ONLINE' END, CASE WHEN v % 10 = 0 THEN NULL ELSE md5('shopper' || (v % :shoppers))::uuid END,
       d, d + time '10:00'
FROM (SELECT v, CASE WHEN v % 5 = 0 THEN 24 ELSE v % 24 END AS p, (1 + v % 10) * 1000 AS face, date '2025-01-01' + (v * 37) % 640 AS d
      FROM generate_series(0, :vouchers - 1) v) s
JOIN bench_city c ON c.idx = s.v % 24
ON CONFLICT DO NOTHING;

-- redemption: of a random voucher, up to 90 days after the sale; a city's voucher in its city, the cooperation's
-- three times in five in the holder's home city, else anywhere in the network
INSERT INTO fact_redemption (redemption_id, voucher_id, merchant_id, amount, currency, amount_eur, rate, merchant_amount, merchant_currency, day, redeemed_at)
SELECT md5('redemption' || g)::uuid, md5('voucher' || v)::uuid, md5('merchant' || (city + 24 * shop))::uuid, amount, 'EUR', amount, 1, amount, 'EUR',
       d, d + time '12:00'
FROM (SELECT g, v, CASE WHEN v % 5 <> 0 OR random() < 0.6 THEN v % 24 ELSE floor(random() * 24)::int END AS city, floor(random() * 100)::int AS shop,
             (50 + floor(random() * 950)::int) * 10 AS amount,
             least(date '2025-01-01' + (v * 37) % 640 + floor(random() * 90)::int, date '2026-10-31') AS d
      FROM (SELECT g, floor(random() * :vouchers)::int AS v FROM generate_series(1, :redemptions) g) r) x
ON CONFLICT DO NOTHING;

INSERT INTO fact_reversal (reversal_id, redemption_id, voucher_id, merchant_id, amount, currency, amount_eur, day)
SELECT md5('reversal' || redemption_id)::uuid, redemption_id, voucher_id, merchant_id, amount, currency, amount_eur, day
FROM fact_redemption TABLESAMPLE BERNOULLI (1) REPEATABLE (2026)
ON CONFLICT DO NOTHING;

INSERT INTO fact_voucher_end (voucher_id, kind, amount, currency, amount_eur, day)
SELECT voucher_id, CASE WHEN random() < 0.8 THEN 'EXPIRED' ELSE 'CANCELLED' END, face_eur / 4, 'EUR', face_eur / 4, least(day + 365, date '2026-10-31')
FROM fact_sale TABLESAMPLE BERNOULLI (10) REPEATABLE (2026)
ON CONFLICT DO NOTHING;

-- purchase at a shop, by a known shopper four times in five, paid partly with vouchers two times in five
INSERT INTO fact_purchase (purchase_id, merchant_id, city_code, shopper_id, basket_total, currency, basket_eur, voucher_amount, voucher_eur, day)
SELECT md5('purchase' || g)::uuid, md5('merchant' || m)::uuid, c.code, CASE WHEN g % 5 = 0 THEN NULL ELSE md5('shopper' || s)::uuid END,
       basket, 'EUR', basket, paid, paid, d
FROM (SELECT g, floor(random() * 2400)::int AS m, floor(random() * :shoppers)::int AS s, (100 + floor(random() * 1900)::int) * 10 AS basket,
             date '2025-01-01' + floor(random() * 669)::int AS d, random() < 0.4 AS with_voucher FROM generate_series(1, :purchases) g) p
JOIN bench_city c ON c.idx = p.m % 24
CROSS JOIN LATERAL (SELECT CASE WHEN p.with_voucher THEN p.basket / 2 ELSE 0 END AS paid) v
ON CONFLICT DO NOTHING;

INSERT INTO fact_points (event_key, kind, shopper_id, city_code, points, day)
SELECT 'accrued:' || purchase_id, 'ACCRUED', shopper_id, city_code, basket_eur / 100, day FROM fact_purchase WHERE shopper_id IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO fact_points (event_key, kind, shopper_id, city_code, points, day)
SELECT 'converted:' || md5('conversion' || g), 'CONVERTED', md5('shopper' || floor(random() * :shoppers)::int)::uuid, NULL, 500,
       date '2025-02-01' + floor(random() * 637)::int
FROM generate_series(1, :purchases / 50) g
ON CONFLICT DO NOTHING;

ANALYZE dim_merchant, dim_program, dim_shopper, fact_sale, fact_redemption, fact_reversal, fact_voucher_end, fact_purchase, fact_points;

INSERT INTO rollup_dirty (day)
SELECT day FROM fact_redemption UNION SELECT day FROM fact_purchase UNION SELECT day FROM fact_sale UNION SELECT day FROM fact_points
UNION SELECT day FROM fact_voucher_end;

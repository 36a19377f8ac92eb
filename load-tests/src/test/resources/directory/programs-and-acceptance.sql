-- Voucher programs and who accepts them, for the directory benchmark ("where can I spend this
-- voucher?"), after merchants-50k.sql. Three programs in merchant-service's replica: one for the
-- whole region (accepted by 3 of 5 benchmark merchants), one for Feldbach alone and one for Ptuj,
-- Ormož and Lenart (each accepted by half of the benchmark merchants there). Remove again with:
--   DELETE FROM acceptance WHERE program_id IN (SELECT id FROM program WHERE name_en LIKE 'Benchmark %');
--   DELETE FROM program WHERE name_en LIKE 'Benchmark %';
INSERT INTO program (id, name_de, name_sl, name_hu, name_en, issuer, currency, coverage, city_codes, status, activated_at) VALUES
('00000000-0000-4000-8000-00000000b001', 'Benchmark Region', 'Benchmark regija', 'Benchmark régió', 'Benchmark region', 'cooperation', 'EUR',
 'REGION', (SELECT array_agg(code ORDER BY code) FROM city), 'ACTIVE', now()),
('00000000-0000-4000-8000-00000000b002', 'Benchmark Feldbach', 'Benchmark Feldbach', 'Benchmark Feldbach', 'Benchmark Feldbach', 'at-feldbach',
 'EUR', 'CITY', ARRAY['at-feldbach'], 'ACTIVE', now()),
('00000000-0000-4000-8000-00000000b003', 'Benchmark Ptuj', 'Benchmark Ptuj', 'Benchmark Ptuj', 'Benchmark Ptuj', 'si-ptuj', 'EUR', 'CITIES',
 ARRAY['si-ptuj', 'si-ormoz', 'si-lenart'], 'ACTIVE', now())
ON CONFLICT (id) DO NOTHING;

INSERT INTO acceptance (merchant_id, program_id, accepted_at)
SELECT m.id, p.id, now()
FROM merchant m JOIN program p ON m.city_code = ANY (p.city_codes)
WHERE m.legal_name LIKE 'Benchmark %' AND p.name_en LIKE 'Benchmark %'
  AND CASE WHEN p.coverage = 'REGION' THEN hashtext(m.id::text) % 5 IN (0, 1, 2, -1, -2) ELSE hashtext(m.id::text) % 2 = 0 END
ON CONFLICT DO NOTHING;
ANALYZE program;
ANALYZE acceptance;

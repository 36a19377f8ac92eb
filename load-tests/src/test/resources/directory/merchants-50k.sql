-- 50,000 active merchants for the directory benchmark, spread over the 24 partner cities and the
-- sectors, each near its city's centre. Marked 'Benchmark' so they can be removed again:
--   DELETE FROM merchant WHERE legal_name LIKE 'Benchmark %';
-- Run against merchant-service's database: psql -h 127.0.0.1 -U citycoop_merchant citycoop_merchant -f merchants-50k.sql
WITH cities AS (SELECT code, latitude, longitude, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n FROM city),
     sectors AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n FROM sector),
     words AS (SELECT ARRAY['Bäckerei', 'Apotheke', 'Café', 'Buchhandlung', 'Fleischerei', 'Pekarna', 'Lekarna', 'Knjigarna', 'Mesnica',
                            'Cukrászda', 'Gyógyszertár', 'Könyvesbolt', 'Vinoteka', 'Optik', 'Blumen', 'Frizer', 'Fodrászat', 'Sport',
                            'Mode', 'Trafik'] AS w,
                      ARRAY['Müller', 'Novak', 'Horváth', 'Gruber', 'Kovač', 'Nagy', 'Huber', 'Zupan', 'Tóth', 'Wagner', 'Krajnc', 'Szabó',
                            'Pichler', 'Potočnik', 'Kiss', 'Steiner', 'Kos', 'Varga', 'Moser', 'Golob'] AS n)
INSERT INTO merchant (id, legal_name, trading_name, city_code, nace_code, status, registered_at, latitude, longitude, street, postal_code,
                      vat_id, updated_at)
SELECT md5('bench' || g)::uuid,
       'Benchmark ' || g,
       (SELECT w[1 + (g % 20)] FROM words) || ' ' || (SELECT n[1 + ((g / 20) % 20)] FROM words) || ' ' || g,
       c.code,
       s.code,
       'ACTIVE',
       now(),
       round((c.latitude + ((g * 7919) % 1000 - 500) / 20000.0)::numeric, 5),
       round((c.longitude + ((g * 104729) % 1000 - 500) / 14000.0)::numeric, 5),
       'Benchmarkgasse ' || (g % 200),
       '0000',
       'BENCH' || g,
       now()
FROM generate_series(1::bigint, 50000) AS g
JOIN cities c ON c.i = g % c.n
JOIN sectors s ON s.i = (g / 7) % s.n
ON CONFLICT (id) DO NOTHING;
ANALYZE merchant;

-- Sectors: NACE Rev. 2 classes of the businesses that take part, with names in the platform's four
-- languages. German after ÖNACE 2008, Slovenian after SKD 2008, Hungarian after TEÁOR'08, shortened
-- where the official name is long; to be reviewed by native speakers before launch (GLOSSARY.md).
CREATE TABLE sector (
    code    TEXT PRIMARY KEY CHECK (code ~ '^[0-9]{2}\.[0-9]{1,2}$'),
    name_en TEXT NOT NULL,
    name_de TEXT NOT NULL,
    name_sl TEXT NOT NULL,
    name_hu TEXT NOT NULL
);

INSERT INTO sector (code, name_en, name_de, name_sl, name_hu) VALUES
('10.71', 'Bakery (bread, fresh pastry and cakes)', 'Bäckerei (Brot, frische Backwaren)', 'Pekarna (kruh, sveže pecivo in slaščice)', 'Pékség (kenyér, friss pékáru)'),
('11.02', 'Winery', 'Weinbau und Weinkellerei', 'Vinarstvo', 'Borászat'),
('45.20', 'Car repair and maintenance', 'Kfz-Werkstatt', 'Vzdrževanje in popravila motornih vozil', 'Gépjárműjavítás'),
('47.11', 'Grocery store', 'Lebensmittelgeschäft', 'Trgovina z živili', 'Élelmiszerbolt'),
('47.19', 'General store', 'Gemischtwarenhandel', 'Trgovina z mešanim blagom', 'Vegyes bolt'),
('47.21', 'Fruit and vegetables', 'Obst und Gemüse', 'Sadje in zelenjava', 'Zöldség és gyümölcs'),
('47.22', 'Butcher', 'Fleischerei', 'Mesnica', 'Hentes'),
('47.24', 'Bread, cakes and confectionery shop', 'Back- und Süßwarengeschäft', 'Trgovina s kruhom, pecivom in slaščicami', 'Pékáru- és édességbolt'),
('47.25', 'Beverages and wine shop', 'Getränke- und Weinhandel', 'Trgovina s pijačami', 'Ital- és borbolt'),
('47.30', 'Filling station', 'Tankstelle', 'Bencinski servis', 'Benzinkút'),
('47.51', 'Textiles', 'Textilien', 'Tekstilije', 'Textil'),
('47.52', 'Hardware, paints and DIY', 'Eisenwaren und Baumarkt', 'Železnina, barve in steklo', 'Vasáru, festék, barkácsbolt'),
('47.54', 'Household appliances', 'Elektrische Haushaltsgeräte', 'Električni gospodinjski aparati', 'Háztartási gépek'),
('47.59', 'Furniture and household goods', 'Möbel und Hausrat', 'Pohištvo in gospodinjski izdelki', 'Bútor és háztartási cikkek'),
('47.61', 'Bookshop', 'Buchhandlung', 'Knjigarna', 'Könyvesbolt'),
('47.62', 'Newspapers and stationery', 'Zeitschriften und Schreibwaren', 'Časopisi in pisalne potrebščine', 'Újság és papíráru'),
('47.64', 'Sports equipment', 'Sportartikel', 'Športna oprema', 'Sportszer'),
('47.65', 'Toys', 'Spielwaren', 'Igrače', 'Játékbolt'),
('47.71', 'Clothing', 'Bekleidung', 'Oblačila', 'Ruházat'),
('47.72', 'Shoes and leather goods', 'Schuhe und Lederwaren', 'Obutev in usnjeni izdelki', 'Cipő és bőráru'),
('47.73', 'Pharmacy', 'Apotheke', 'Lekarna', 'Gyógyszertár'),
('47.75', 'Cosmetics and toiletries', 'Kosmetik und Drogerie', 'Kozmetika in toaletni izdelki', 'Illatszer és drogéria'),
('47.76', 'Flowers, plants and pet supplies', 'Blumen, Pflanzen und Tierbedarf', 'Cvetje, rastline in hišni ljubljenčki', 'Virág, növény és állateledel'),
('47.77', 'Watches and jewellery', 'Uhren und Schmuck', 'Ure in nakit', 'Óra és ékszer'),
('47.78', 'Other specialised shop (e.g. optician)', 'Sonstiger Facheinzelhandel (z. B. Optiker)', 'Druga specializirana trgovina (npr. optika)', 'Egyéb szaküzlet (pl. optika)'),
('47.81', 'Market stall with food', 'Marktstand mit Lebensmitteln', 'Stojnica z živili', 'Piaci élelmiszer-árus'),
('55.10', 'Hotel and guesthouse', 'Hotel und Gasthof', 'Hotel in penzion', 'Szálloda és panzió'),
('56.10', 'Restaurant and café', 'Restaurant und Café', 'Restavracija in kavarna', 'Étterem és kávézó'),
('56.30', 'Bar', 'Ausschank (Bar, Heuriger)', 'Strežba pijač', 'Italszolgáltatás'),
('79.90', 'Tourist information and bookings', 'Tourismusinformation und Reservierung', 'Turistične informacije in rezervacije', 'Turisztikai információ és foglalás'),
('93.13', 'Fitness centre', 'Fitnesscenter', 'Fitnes center', 'Fitneszterem'),
('93.29', 'Leisure and recreation', 'Freizeit und Erholung', 'Dejavnosti za prosti čas', 'Szabadidős szolgáltatás'),
('96.02', 'Hairdresser and beauty salon', 'Friseur und Kosmetik', 'Frizerski in kozmetični salon', 'Fodrászat és szépségszalon'),
('96.04', 'Spa, sauna and thermal bath', 'Therme, Sauna und Bad', 'Terme, savna in wellness', 'Fürdő, szauna és wellness');

-- What a merchant is registered with. Rows of the foundation's demo data have no VAT id or IBAN;
-- the API requires both for every merchant it registers.
ALTER TABLE merchant
    ADD COLUMN vat_id        TEXT,
    ADD COLUMN iban          TEXT,
    ADD COLUMN street        TEXT,
    ADD COLUMN postal_code   TEXT,
    ADD COLUMN email         TEXT,
    ADD COLUMN phone         TEXT,
    ADD COLUMN opening_hours TEXT,
    ADD COLUMN latitude      NUMERIC(8, 5),
    ADD COLUMN longitude     NUMERIC(8, 5),
    ADD COLUMN status_reason TEXT,
    ADD COLUMN updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN version       INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT merchant_sector FOREIGN KEY (nace_code) REFERENCES sector (code);
ALTER TABLE merchant DROP CONSTRAINT merchant_status_check;
ALTER TABLE merchant ADD CONSTRAINT merchant_status_check CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'CLOSED'));
CREATE UNIQUE INDEX merchant_by_vat_id ON merchant (vat_id) WHERE vat_id IS NOT NULL;

-- the directory: name search by trigrams, filters by city and sector, distance from a point
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX merchant_trading_name_trgm ON merchant USING gin (lower(trading_name) gin_trgm_ops);
CREATE INDEX merchant_directory ON merchant (status, city_code, nace_code);

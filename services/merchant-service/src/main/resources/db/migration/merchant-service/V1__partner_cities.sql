-- The 24 partner cities of the City Cooperation network: reference data (operators will edit it, issue 4).
CREATE TABLE city (
    code                 TEXT PRIMARY KEY CHECK (code ~ '^(at|si|hu)-[a-z0-9-]+$'),
    name                 TEXT          NOT NULL,
    country_code         CHAR(2)       NOT NULL CHECK (country_code IN ('AT', 'SI', 'HU')),
    currency             CHAR(3)       NOT NULL CHECK (currency IN ('EUR', 'HUF')),
    language             TEXT          NOT NULL CHECK (language IN ('de', 'sl', 'hu')),
    time_zone            TEXT          NOT NULL,
    latitude             NUMERIC(8, 5) NOT NULL,
    longitude            NUMERIC(8, 5) NOT NULL,
    partner_organisation TEXT          NOT NULL,
    -- true where the source documents do not name the city and the choice is ours
    assumption           BOOLEAN       NOT NULL DEFAULT false
);

INSERT INTO city (code, name, country_code, currency, language, time_zone, latitude, longitude, partner_organisation, assumption) VALUES
('at-bad-radkersburg', 'Bad Radkersburg', 'AT', 'EUR', 'de', 'Europe/Vienna', 46.68830, 15.98830, 'Die Oststeirische Städtekooperation', false),
('at-fehring',         'Fehring',         'AT', 'EUR', 'de', 'Europe/Vienna', 46.93560, 16.00940, 'Die Oststeirische Städtekooperation', false),
('at-feldbach',        'Feldbach',        'AT', 'EUR', 'de', 'Europe/Vienna', 46.95360, 15.88860, 'Die Oststeirische Städtekooperation', false),
('at-friedberg',       'Friedberg',       'AT', 'EUR', 'de', 'Europe/Vienna', 47.43500, 16.05390, 'Die Oststeirische Städtekooperation', false),
('at-fuerstenfeld',    'Fürstenfeld',     'AT', 'EUR', 'de', 'Europe/Vienna', 47.05000, 16.08330, 'Die Oststeirische Städtekooperation', false),
('at-gleisdorf',       'Gleisdorf',       'AT', 'EUR', 'de', 'Europe/Vienna', 47.10390, 15.70830, 'Die Oststeirische Städtekooperation', false),
('at-hartberg',        'Hartberg',        'AT', 'EUR', 'de', 'Europe/Vienna', 47.28060, 15.97000, 'Die Oststeirische Städtekooperation', false),
('at-weiz',            'Weiz',            'AT', 'EUR', 'de', 'Europe/Vienna', 47.21890, 15.62500, 'Die Oststeirische Städtekooperation', false),
('si-lenart',          'Lenart',          'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.57610, 15.83110, 'ZRS Bistra Ptuj', false),
('si-ormoz',           'Ormož',           'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.41140, 16.15440, 'ZRS Bistra Ptuj', false),
('si-ptuj',            'Ptuj',            'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.42000, 15.87000, 'ZRS Bistra Ptuj', false),
('si-beltinci',        'Beltinci',        'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.60580, 16.24060, 'Razvojni center Murska Sobota', false),
('si-lendava',         'Lendava',         'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.56500, 16.45080, 'Razvojni center Murska Sobota', false),
('si-murska-sobota',   'Murska Sobota',   'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.66250, 16.16640, 'Razvojni center Murska Sobota', false),
('si-gornja-radgona',  'Gornja Radgona',  'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.67310, 15.99220, 'PORA Gornja Radgona', false),
('si-ljutomer',        'Ljutomer',        'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.52080, 16.19750, 'PORA Gornja Radgona', false),
('si-radenci',         'Radenci',         'SI', 'EUR', 'sl', 'Europe/Ljubljana', 46.64250, 16.04060, 'PORA Gornja Radgona', false),
-- Hungary: the source documents do not name the seven Hungarian partner cities. These are real
-- towns of the Vas and Zala border area next to the Austrian and Slovenian partners: an assumption.
('hu-szentgotthard',   'Szentgotthárd',   'HU', 'HUF', 'hu', 'Europe/Budapest', 46.95250, 16.27330, 'Hungarian partner (not named in the source documents)', true),
('hu-kormend',         'Körmend',         'HU', 'HUF', 'hu', 'Europe/Budapest', 47.01110, 16.60560, 'Hungarian partner (not named in the source documents)', true),
('hu-oriszentpeter',   'Őriszentpéter',   'HU', 'HUF', 'hu', 'Europe/Budapest', 46.83970, 16.42440, 'Hungarian partner (not named in the source documents)', true),
('hu-zalalovo',        'Zalalövő',        'HU', 'HUF', 'hu', 'Europe/Budapest', 46.84780, 16.58750, 'Hungarian partner (not named in the source documents)', true),
('hu-lenti',           'Lenti',           'HU', 'HUF', 'hu', 'Europe/Budapest', 46.62440, 16.53890, 'Hungarian partner (not named in the source documents)', true),
('hu-letenye',         'Letenye',         'HU', 'HUF', 'hu', 'Europe/Budapest', 46.43310, 16.72530, 'Hungarian partner (not named in the source documents)', true),
('hu-nagykanizsa',     'Nagykanizsa',     'HU', 'HUF', 'hu', 'Europe/Budapest', 46.45330, 16.99110, 'Hungarian partner (not named in the source documents)', true);

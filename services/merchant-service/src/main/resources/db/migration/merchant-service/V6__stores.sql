-- A merchant's stores: the places where vouchers are redeemed (terminals will belong to them).
CREATE TABLE store (
    id          UUID PRIMARY KEY,
    merchant_id UUID          NOT NULL REFERENCES merchant (id),
    name        TEXT          NOT NULL,
    street      TEXT          NOT NULL,
    postal_code TEXT          NOT NULL,
    city_code   TEXT          NOT NULL REFERENCES city (code),
    latitude    NUMERIC(8, 5),
    longitude   NUMERIC(8, 5),
    opened_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX store_by_merchant ON store (merchant_id);

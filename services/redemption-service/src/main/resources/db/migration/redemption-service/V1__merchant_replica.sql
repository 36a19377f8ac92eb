-- Replica of merchant-service's merchants, built from citycoop.merchant.events. Checkout reads it
-- to decide whether a merchant may redeem (merchant-service stays the single writer of merchants).
CREATE TABLE merchant_replica (
    merchant_id   UUID PRIMARY KEY,
    trading_name  TEXT        NOT NULL,
    city_code     TEXT        NOT NULL,
    country_code  CHAR(2)     NOT NULL,
    nace_code     TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

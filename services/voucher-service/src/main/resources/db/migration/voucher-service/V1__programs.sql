-- Voucher programs: the terms vouchers are sold under. Amounts in minor units of the program's
-- currency (cents, whole forints). Terms are fixed once a program is active.
CREATE TABLE program (
    id               UUID PRIMARY KEY,
    name_de          TEXT        NOT NULL,
    name_sl          TEXT        NOT NULL,
    name_hu          TEXT        NOT NULL,
    name_en          TEXT        NOT NULL,
    issuer           TEXT        NOT NULL,
    currency         CHAR(3)     NOT NULL CHECK (currency IN ('EUR', 'HUF')),
    coverage         TEXT        NOT NULL CHECK (coverage IN ('CITY', 'CITIES', 'REGION')),
    city_codes       TEXT[]      NOT NULL CHECK (cardinality(city_codes) > 0),
    denominations    BIGINT[]    NOT NULL,
    free_min         BIGINT,
    free_max         BIGINT,
    validity_months  INT         NOT NULL CHECK (validity_months BETWEEN 1 AND 120),
    -- the issuer-funded bonus in basis points of the price (1000 = buy 100, get 110)
    bonus_bp         INT         NOT NULL DEFAULT 0 CHECK (bonus_bp BETWEEN 0 AND 10000),
    status           TEXT        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
    created_at       TIMESTAMPTZ NOT NULL,
    activated_at     TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ,
    close_reason     TEXT,
    CHECK (cardinality(denominations) > 0 OR free_min IS NOT NULL),
    CHECK ((free_min IS NULL) = (free_max IS NULL) AND (free_min IS NULL OR 0 < free_min AND free_min <= free_max))
);
CREATE INDEX program_by_status ON program (status);

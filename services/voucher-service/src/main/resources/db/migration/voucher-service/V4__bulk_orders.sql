-- Yearly tax-free amount per employee for vouchers from employers, per country of employment.
-- Operators set them (PUT /api/tax-free-caps/{country}); the seeded Austrian figure is the EUR 186
-- a year for gifts to employees (EStG § 3 (1) 14), an assumption to be confirmed; Slovenia and
-- Hungary start without a cap (orders are then accepted with a warning).
CREATE TABLE tax_free_cap (
    country    CHAR(2) PRIMARY KEY CHECK (country IN ('AT', 'SI', 'HU')),
    amount     BIGINT CHECK (amount >= 0),
    currency   CHAR(3) CHECK (currency IN ('EUR', 'HUF')),
    note       TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((amount IS NULL) = (currency IS NULL))
);
INSERT INTO tax_free_cap (country, amount, currency, note) VALUES
('AT', 18600, 'EUR', 'assumption: EStG § 3 (1) 14, gifts to employees, EUR 186 a year'),
('SI', NULL, NULL, 'not configured yet'),
('HU', NULL, NULL, 'not configured yet');

-- An employer's order: vouchers for a list of employees, each row of the uploaded list a line.
CREATE TABLE bulk_order (
    id              UUID PRIMARY KEY,
    operator        TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    program_id      UUID        NOT NULL REFERENCES program (id),
    company_name    TEXT        NOT NULL,
    company_vat_id  TEXT        NOT NULL,
    country         CHAR(2)     NOT NULL,
    payment_method  TEXT        NOT NULL,
    currency        CHAR(3)     NOT NULL,
    total           BIGINT      NOT NULL,
    lines           INT         NOT NULL,
    ordered_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (operator, idempotency_key)
);
CREATE TABLE bulk_order_line (
    order_id      UUID    NOT NULL REFERENCES bulk_order (id),
    line          INT     NOT NULL,
    employee_ref  TEXT    NOT NULL,
    employee_name TEXT    NOT NULL,
    amount        BIGINT  NOT NULL CHECK (amount > 0),
    year          INT     NOT NULL,
    voucher_id    UUID    NOT NULL REFERENCES voucher (id),
    PRIMARY KEY (order_id, line)
);
ALTER TABLE voucher ADD COLUMN bulk_order_id UUID REFERENCES bulk_order (id);
-- what an employee already received from this employer this year (the cap counts it)
CREATE INDEX bulk_line_by_employee ON bulk_order_line (employee_ref, year);

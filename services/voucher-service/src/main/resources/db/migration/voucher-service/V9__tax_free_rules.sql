-- Tax-free rules for employers' vouchers, one per country of employment, each with its legal source
-- (ADR 28). They replace tax_free_cap, which had Slovenia and Hungary "not configured". Operators edit
-- them (PUT /api/tax-free-rules/{country}); every change is logged with the rule before and after.
-- Amounts in minor units of the rule's currency. An employee may receive from one employer at most
-- limit_amount per calendar period (YEAR or MONTH, the country's calendar), and where set at most
-- per_occasion in one voucher and vouchers in at most `occasions` orders a period.
CREATE TABLE tax_free_rule (
    country      CHAR(2)     PRIMARY KEY CHECK (country IN ('AT', 'SI', 'HU')),
    currency     CHAR(3)     NOT NULL CHECK (currency IN ('EUR', 'HUF')),
    period       TEXT        NOT NULL CHECK (period IN ('YEAR', 'MONTH')),
    limit_amount BIGINT      NOT NULL CHECK (limit_amount >= 0),
    per_occasion BIGINT      CHECK (per_occasion >= 0 AND per_occasion <= limit_amount),
    occasions    INT         CHECK (occasions BETWEEN 1 AND 366),
    source       TEXT        NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
    note         TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by   TEXT        NOT NULL
);

CREATE TABLE tax_free_rule_change (
    id         BIGSERIAL PRIMARY KEY,
    country    CHAR(2)     NOT NULL REFERENCES tax_free_rule (country),
    changed_at TIMESTAMPTZ NOT NULL,
    changed_by TEXT        NOT NULL,
    before     JSONB       NOT NULL,
    after      JSONB       NOT NULL
);
CREATE INDEX tax_free_rule_change_by_country ON tax_free_rule_change (country, changed_at);

INSERT INTO tax_free_rule (country, currency, period, limit_amount, per_occasion, occasions, source, note, updated_by) VALUES
('AT', 'EUR', 'YEAR', 18600, NULL, NULL,
 '§ 3 Abs. 1 Z 14 EStG 1988 (Sachzuwendungen bis 186 Euro jährlich; Gutscheine, die nicht in Bargeld abgelöst werden können, sind Sachzuwendungen: LStR 2002 zu § 3 Abs. 1 Z 14)',
 'EUR 186 per employee and calendar year, tax- and contribution-free, for gifts to all staff or groups of them (Weihnachten, Jubiläum), not individual rewards. Verified (ADR 28).',
 'V9 migration'),
('SI', 'EUR', 'MONTH', 1500, NULL, NULL,
 'ZDoh-2, 39. člen, tretji odstavek, 1. točka (ugodnosti manjših vrednosti, skupaj do 15 EUR mesečno); FURS: Dohodnina – dohodek iz zaposlitve, Bonitete',
 'Gifts from the employer are a taxable benefit (boniteta) except small benefits of at most EUR 15 a month in total (EUR 13 until 2016). Not a yearly amount and not the EUR 42 December gift to an employee''s child under 15, which is for children. Figure from FURS guidance as reported; point of the article not read in the official consolidated text: confirm (ADR 28).',
 'V9 migration'),
('HU', 'HUF', 'YEAR', 96840, 32280, 3,
 'Szja tv. (1995. évi CXVII. törvény) 70. § (1): csekély értékű ajándék – évente legfeljebb három alkalommal, alkalmanként a minimálbér 10 %-át meg nem haladó érték',
 'Free for the employee, not for the employer: an egyes meghatározott juttatás, taxed at the employer (15 % SZJA and 13 % szocho on 118 % of the value); above 10 % of the minimum wage the whole gift is wage. Three occasions a year since 2024 and 10 % of the minimum wage (29 080 Ft in 2025) verified; 32 280 Ft assumes the 2026 minimum wage of 322 800 Ft, not verified: confirm and edit each January (ADR 28).',
 'V9 migration');

DROP TABLE tax_free_cap;

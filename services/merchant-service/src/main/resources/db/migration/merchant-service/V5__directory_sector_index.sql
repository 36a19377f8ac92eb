-- Counting a sector's active merchants (directory totals) without reading the whole table.
CREATE INDEX merchant_active_by_sector ON merchant (nace_code) WHERE status = 'ACTIVE';

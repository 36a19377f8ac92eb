-- What the shop took in its own currency when it differs from the voucher's (an EUR voucher in a
-- Hungarian shop), with the rate redemption-service used: from VoucherRedeemed; for a reversal, the
-- same share of its redemption's shop amount. Null for entries in the voucher's currency and for
-- entries recorded before this column existed.
ALTER TABLE voucher_history ADD COLUMN shop_amount BIGINT CHECK (shop_amount > 0);
ALTER TABLE voucher_history ADD COLUMN shop_currency CHAR(3);
ALTER TABLE voucher_history ADD COLUMN exchange_rate NUMERIC CHECK (exchange_rate > 0);
ALTER TABLE voucher_history ADD CONSTRAINT voucher_history_shop_amount
    CHECK ((shop_amount IS NULL) = (shop_currency IS NULL) AND (shop_amount IS NULL) = (exchange_rate IS NULL));

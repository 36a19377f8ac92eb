-- A store's takings of a day (GET /api/checkout/takings): its approved redemptions by time, counted and
-- summed from the index, the latest listed. A busy till has thousands a day.
CREATE INDEX redemption_store_day ON redemption (store_id, at) INCLUDE (amount, merchant_amount) WHERE outcome = 'APPROVED';
-- the reversals made at a store on a day are found through their redemptions' store
CREATE INDEX reversal_by_time ON reversal (at);

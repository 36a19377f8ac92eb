-- Points taken back when a purchase is refunded, once per refund; shortfall is what the shopper had already spent.
CREATE TABLE points_reversal (
    refund_id   UUID PRIMARY KEY,
    purchase_id UUID        NOT NULL,
    shopper_id  UUID        NOT NULL,
    points      BIGINT      NOT NULL CHECK (points >= 0),
    shortfall   BIGINT      NOT NULL CHECK (shortfall >= 0),
    reversed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX points_reversal_by_purchase ON points_reversal (purchase_id);

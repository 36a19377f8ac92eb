-- Reward vouchers points-service asked for: one voucher per request id, however often it arrives.
CREATE TABLE reward_request (
    request_id   UUID PRIMARY KEY,
    shopper_id   UUID        NOT NULL,
    voucher_id   UUID        NOT NULL REFERENCES voucher (id),
    points_spent BIGINT      NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What is left to spend (the face value until redemptions arrive from redemption-service, issue 6),
-- and how a voucher ended: cancelled by an operator or expired (once, by the expiry job).
ALTER TABLE voucher ADD COLUMN balance BIGINT;
UPDATE voucher SET balance = face_value;
ALTER TABLE voucher ALTER COLUMN balance SET NOT NULL;
ALTER TABLE voucher ADD CONSTRAINT voucher_balance CHECK (balance >= 0 AND balance <= face_value);
ALTER TABLE voucher ADD COLUMN ended_at TIMESTAMPTZ;
ALTER TABLE voucher ADD COLUMN end_reason TEXT;
-- the expiry job's question: which active vouchers are due?
CREATE INDEX voucher_due ON voucher (expires_at) WHERE status = 'ACTIVE';

-- The replica follows the merchant's lifecycle; last_event_at lets a late event (outbox re-send)
-- not overwrite a newer state.
ALTER TABLE merchant_replica ADD COLUMN last_event_at TIMESTAMPTZ NOT NULL DEFAULT '-infinity';
ALTER TABLE merchant_replica ADD CONSTRAINT merchant_replica_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED'));

-- A store's terminals (POS devices, phones). Their credentials live in identity-service, which
-- learns of each terminal from TerminalRegistered; a retired terminal keeps its row (redemptions
-- refer to it) and loses its credentials.
CREATE TABLE terminal (
    id            UUID PRIMARY KEY,
    merchant_id   UUID        NOT NULL REFERENCES merchant (id),
    store_id      UUID        NOT NULL REFERENCES store (id),
    label         TEXT        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('POS', 'PHONE')),
    registered_at TIMESTAMPTZ NOT NULL,
    retired_at    TIMESTAMPTZ,
    retire_reason TEXT
);
CREATE INDEX terminal_by_store ON terminal (store_id);

-- Terminals are registered at a store in merchant-service (TerminalRegistered); this replica lets
-- identity-service issue credentials only for terminals that exist, to whoever administers them.
CREATE TABLE registered_terminal (
    terminal_id   UUID PRIMARY KEY,
    merchant_id   UUID        NOT NULL,
    store_id      UUID        NOT NULL,
    label         TEXT        NOT NULL,
    kind          TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    retired_at    TIMESTAMPTZ
);
CREATE INDEX registered_terminal_by_merchant ON registered_terminal (merchant_id);

-- A terminal's credentials now name the registered terminal and its store (tokens carry store_id).
ALTER TABLE terminal ADD COLUMN terminal_id UUID UNIQUE;
ALTER TABLE terminal ADD COLUMN store_id UUID;

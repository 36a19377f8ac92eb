-- Terminals throttled after repeated unknown codes (a guessing attack or a broken scanner): operators see them.
CREATE TABLE throttled_terminal (
    caller      TEXT PRIMARY KEY,
    merchant_id UUID,
    store_id    UUID,
    since       TIMESTAMPTZ NOT NULL,
    until       TIMESTAMPTZ NOT NULL,
    times       INT         NOT NULL DEFAULT 1
);

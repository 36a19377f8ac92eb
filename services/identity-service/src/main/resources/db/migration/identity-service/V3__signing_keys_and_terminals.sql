-- Token signing keys: generated on first start, kept here (never in the repository). The newest
-- unretired key signs; retired keys stay published until tokens signed with them have expired.
CREATE TABLE signing_key (
    kid        TEXT PRIMARY KEY,
    jwk        TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    retired_at TIMESTAMPTZ
);

-- Merchant terminals (POS devices, phones) sign in by client credentials; the OAuth2 client row
-- holds the hashed secret, this row says whose terminal it is.
CREATE TABLE terminal (
    client_id   TEXT PRIMARY KEY,
    merchant_id UUID        NOT NULL,
    label       TEXT        NOT NULL,
    issued_by   TEXT        NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX terminal_by_merchant ON terminal (merchant_id);

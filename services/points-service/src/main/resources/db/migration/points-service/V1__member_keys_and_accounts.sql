-- The keys points-service signs member tokens with (ES256). The public half is published as a JWK set;
-- the private half is sealed with AES-256-GCM (citycoop.points.key-seal-key), bound to its key id.
CREATE TABLE member_key (
    kid            TEXT PRIMARY KEY,
    public_jwk     TEXT        NOT NULL,
    private_sealed BYTEA       NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX member_key_newest ON member_key (created_at DESC);

-- A shopper's loyalty account, opened the first time the shopper asks for a member QR (or earns points).
CREATE TABLE loyalty_account (
    shopper_id UUID PRIMARY KEY,
    opened_at  TIMESTAMPTZ NOT NULL
);

-- Invitations: an operator invites merchant owners and economists, an owner invites cashiers. Only a
-- hash of the token is kept; the invited person sets a password with the token, once, within 7 days.
CREATE TABLE invitation (
    token_hash  TEXT PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES account (id),
    invited_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ
);
CREATE INDEX invitation_by_account ON invitation (account_id);

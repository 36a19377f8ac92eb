-- Who applied for a merchant (the account that becomes its owner on approval) and the store the
-- application names, opened on approval. Applications made before this table have no row: their
-- approval names no owner and opens no store (an operator invites the owner, who opens the store).
CREATE TABLE merchant_application (
    merchant_id       UUID PRIMARY KEY REFERENCES merchant (id),
    applicant_id      UUID        NOT NULL,
    store_name        TEXT        NOT NULL,
    store_street      TEXT        NOT NULL,
    store_postal_code TEXT        NOT NULL,
    store_city_code   TEXT        NOT NULL REFERENCES city (code),
    applied_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX merchant_application_by_applicant ON merchant_application (applicant_id, applied_at DESC);

-- Voucher programs as voucher-service publishes them (ProgramActivated / ProgramClosed): a replica,
-- so a merchant can opt in only to programs that exist and cover one of its cities.
CREATE TABLE program (
    id           UUID PRIMARY KEY,
    name_de      TEXT        NOT NULL,
    name_sl      TEXT        NOT NULL,
    name_hu      TEXT        NOT NULL,
    name_en      TEXT        NOT NULL,
    issuer       TEXT        NOT NULL,
    currency     CHAR(3)     NOT NULL,
    coverage     TEXT        NOT NULL,
    city_codes   TEXT[]      NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    activated_at TIMESTAMPTZ NOT NULL,
    closed_at    TIMESTAMPTZ
);

-- Which merchant accepts which program (opted in); withdrawing deletes the row, the events keep the history.
CREATE TABLE acceptance (
    merchant_id UUID        NOT NULL REFERENCES merchant (id),
    program_id  UUID        NOT NULL REFERENCES program (id),
    accepted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (merchant_id, program_id)
);
-- "where can I spend this voucher?": the directory filters merchants by program
CREATE INDEX acceptance_by_program ON acceptance (program_id, merchant_id);

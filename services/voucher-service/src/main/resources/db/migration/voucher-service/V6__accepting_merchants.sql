-- Where a voucher can be spent: merchants and the programs they accept, as merchant-service publishes them.
CREATE TABLE merchant (
    id            UUID PRIMARY KEY,
    trading_name  TEXT        NOT NULL,
    city_code     TEXT        NOT NULL,
    nace_code     TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    last_event_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE acceptance (
    merchant_id UUID        NOT NULL,
    program_id  UUID        NOT NULL,
    accepted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (program_id, merchant_id)
);

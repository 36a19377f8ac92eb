-- Spendable balances: redemption-service is their only writer. Vouchers arrive from VoucherIssued
-- (code as its keyed hash only); cancellations, expiries and hand-overs (new code) follow.
CREATE TABLE voucher (
    id          UUID PRIMARY KEY,
    code_hash   TEXT        NOT NULL UNIQUE,
    program_id  UUID        NOT NULL,
    issuer      TEXT        NOT NULL,
    currency    CHAR(3)     NOT NULL,
    face_value  BIGINT      NOT NULL CHECK (face_value > 0),
    balance     BIGINT      NOT NULL CHECK (balance >= 0),
    status      TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED', 'EXPIRED')),
    expires_at  TIMESTAMPTZ NOT NULL,
    -- counts balance changes; published with each, so replicas keep the newest
    sequence    BIGINT      NOT NULL DEFAULT 0,
    CHECK (balance <= face_value)
);

-- Where a voucher may be spent: programs (coverage), stores (their city) and who accepts what.
CREATE TABLE program (
    id         UUID PRIMARY KEY,
    currency   CHAR(3) NOT NULL,
    city_codes TEXT[]  NOT NULL,
    status     TEXT    NOT NULL
);
CREATE TABLE store (
    id          UUID PRIMARY KEY,
    merchant_id UUID NOT NULL,
    city_code   TEXT NOT NULL
);
CREATE TABLE acceptance (
    merchant_id UUID NOT NULL,
    program_id  UUID NOT NULL,
    PRIMARY KEY (merchant_id, program_id)
);

-- Every redemption request with its Idempotency-Key and its answer: approved (with the balance after)
-- or declined (with the reason). Keys are kept (at least 31 days; settlement keeps approved ones for good).
CREATE TABLE redemption (
    id              UUID PRIMARY KEY,
    caller          TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    voucher_id      UUID,
    merchant_id     UUID        NOT NULL,
    store_id        UUID        NOT NULL,
    amount          BIGINT      NOT NULL,
    currency        CHAR(3)     NOT NULL,
    basket_total    BIGINT,
    outcome         TEXT        NOT NULL CHECK (outcome IN ('APPROVED', 'DECLINED')),
    decline_reason  TEXT,
    balance_after   BIGINT,
    sequence        BIGINT,
    at              TIMESTAMPTZ NOT NULL,
    UNIQUE (caller, idempotency_key)
);
CREATE INDEX redemption_by_voucher ON redemption (voucher_id) WHERE outcome = 'APPROVED';

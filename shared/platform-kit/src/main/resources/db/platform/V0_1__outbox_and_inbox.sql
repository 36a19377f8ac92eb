-- Platform tables every service has (migrations of the platform kit use versions 0.x; a
-- service's own start at 1, and out-of-order is on so later 0.x migrations still apply).

-- Outbox: Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.1).
-- A row is written in the same transaction as the state change and removed once Kafka acknowledged it.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Inbox: one row per (consumer, event id) inserted in the same transaction as the consumer's effect,
-- so a redelivered event has no second effect.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Demo data sets already loaded into this database (loaded once, never twice).
CREATE TABLE demo_data_set (
    name      TEXT        NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

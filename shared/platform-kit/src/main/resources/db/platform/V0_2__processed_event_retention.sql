-- processed_event is pruned by age (ProcessedEventRetention, ADR 23): the prune finds old rows by this index
-- instead of reading the whole table.
CREATE INDEX IF NOT EXISTS processed_event_by_processed_at_idx ON processed_event (processed_at);

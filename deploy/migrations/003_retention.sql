-- 003_retention.sql — indexes for the retention of published outbox rows
-- and of dead letters (outbox.retention, dead_letters.retention; worker/prune.c).
--
-- The prune deletes in small batches, oldest first: published outbox rows by
-- sent_at, dead letters by received_at, and with each dead letter its
-- published outbox record (the foreign key, checked through the new index
-- rather than a scan of the outbox).
--
-- CREATE INDEX blocks writes to the table while it builds.  On a large
-- outbox, create these indexes CONCURRENTLY by hand before migrating: the
-- names match and IF NOT EXISTS skips them here.

CREATE INDEX IF NOT EXISTS outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS outbox_dead_letter_idx ON outbox (dead_letter_id) WHERE dead_letter_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS dead_letters_received_at_idx ON dead_letters (received_at);

-- Small raw messages live in the row (one fsync per batch instead of two
-- per message); larger ones stay content-addressed files under raw/.
ALTER TABLE messages ADD COLUMN raw BLOB;
-- Intake commits messages; triage runs afterwards as its own stage. NULL
-- means the message still waits for triage.
ALTER TABLE messages ADD COLUMN triaged_at TEXT;
UPDATE messages SET triaged_at = stored_at;
CREATE INDEX messages_pending ON messages(id) WHERE triaged_at IS NULL;

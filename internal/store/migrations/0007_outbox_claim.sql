-- A reply is claimed (state 'sending') before it is sent, so that no two
-- responders ever send the same reply; a crash leaves it 'sending', and
-- the next `lerd serve` (alone on the database, by its lock) puts it back
-- to 'pending'.
--
-- verified: the recipient is verified law enforcement (listed, authenticated).
-- Those replies are sent first and have their own sending budget, so a
-- flood of other replies cannot delay an emergency receipt.
ALTER TABLE outbox ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
CREATE INDEX outbox_sent ON outbox(sent_at) WHERE state = 'sent';

-- Replies to send. A reply is written here in the same transaction that
-- records the decision it reports, and sent by the responder afterwards.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES requests(id),
    trigger_message INTEGER REFERENCES messages(id),
    kind            TEXT    NOT NULL,
    -- One reply per request and dedupe key: the same answer is never
    -- written twice, whatever is re-triaged or re-delivered.
    dedupe_key      TEXT    NOT NULL,
    rcpt            TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    in_reply_to     TEXT    NOT NULL DEFAULT '',
    refs            TEXT    NOT NULL DEFAULT '',
    -- Fixed when the row is written, so that every attempt, also after a
    -- crash, sends the same Message-ID.
    message_id      TEXT    NOT NULL DEFAULT '',
    -- pending | sent | failed | held | dry_run | superseded
    state           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    sent_at         TEXT,
    UNIQUE (request_id, dedupe_key)
);
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
CREATE INDEX outbox_message_id ON outbox(message_id) WHERE message_id <> '';

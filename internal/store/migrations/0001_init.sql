-- Messages as fetched: one row per distinct raw byte sequence (sha256).
CREATE TABLE messages (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT    NOT NULL UNIQUE,
    size         INTEGER NOT NULL,
    message_id   TEXT    NOT NULL DEFAULT '',
    source       TEXT    NOT NULL,
    stored_at    TEXT    NOT NULL,
    from_addr    TEXT    NOT NULL DEFAULT '',
    subject      TEXT    NOT NULL DEFAULT '',
    date         TEXT    NOT NULL DEFAULT '',
    in_reply_to  TEXT    NOT NULL DEFAULT '',
    refs         TEXT    NOT NULL DEFAULT '',
    -- parsed | malformed | oversize | duplicate
    status       TEXT    NOT NULL,
    parse_error  TEXT    NOT NULL DEFAULT '',
    duplicate_of INTEGER REFERENCES messages(id),
    request_id   INTEGER REFERENCES requests(id),
    body_text    TEXT    NOT NULL DEFAULT '',
    triage_json  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX messages_message_id ON messages(message_id) WHERE message_id <> '';
CREATE INDEX messages_request ON messages(request_id);

CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    message_id   INTEGER NOT NULL REFERENCES messages(id),
    filename     TEXT    NOT NULL DEFAULT '',
    content_type TEXT    NOT NULL DEFAULT '',
    size         INTEGER NOT NULL,
    sha256       TEXT    NOT NULL,
    text_error   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX attachments_message ON attachments(message_id);

-- A request gathers the messages of one matter (the original and follow-ups).
CREATE TABLE requests (
    id          INTEGER PRIMARY KEY,
    ref         TEXT    NOT NULL UNIQUE,
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    -- open | needs_review | decided | closed
    state       TEXT    NOT NULL,
    decision    TEXT    NOT NULL DEFAULT '',
    reasons     TEXT    NOT NULL DEFAULT '',
    sender      TEXT    NOT NULL DEFAULT '',
    subject     TEXT    NOT NULL DEFAULT '',
    emergency   INTEGER NOT NULL DEFAULT 0,
    flags       TEXT    NOT NULL DEFAULT '',
    triage_json TEXT    NOT NULL DEFAULT '',
    UNIQUE (year, seq)
);

-- Append-only audit log: every state change is an event.
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    request_id INTEGER REFERENCES requests(id),
    message_id INTEGER REFERENCES messages(id),
    kind       TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX events_request ON events(request_id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Per-mailbox IMAP position.
CREATE TABLE checkpoints (
    mailbox     TEXT    PRIMARY KEY,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- Which IMAP UID delivered which stored message, and whether it was moved
-- out of the watched mailbox yet.
CREATE TABLE imap_uids (
    mailbox     TEXT    NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         INTEGER NOT NULL,
    message_id  INTEGER NOT NULL REFERENCES messages(id),
    moved       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (mailbox, uidvalidity, uid)
);

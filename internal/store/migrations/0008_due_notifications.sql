-- The production deadline a request's messages state ("within 14 days",
-- "no later than December 1, 2026"), read by internal/deadline from the
-- stored text. last_message is the newest message read, so that a
-- follow-up is read once when it joins. due is RFC 3339 UTC; '' = none.
CREATE TABLE request_due (
    request_id   INTEGER PRIMARY KEY REFERENCES requests(id),
    last_message INTEGER NOT NULL,
    due          TEXT    NOT NULL DEFAULT '',
    phrase       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX requests_state ON requests(state, created_at);

-- Notifications to the compliance team (e-mail, webhook). One row per
-- event and channel: the UNIQUE key makes noticing an event twice, in one
-- process or two, a no-op, so each is sent once.
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL,
    -- What the event is about: a request reference, a reply id, a
    -- mailbox and its last pass.
    subject_key     TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    request_ref     TEXT    NOT NULL DEFAULT '',
    summary         TEXT    NOT NULL,
    -- pending | sending | sent | failed
    state           TEXT    NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    -- A claimed row belongs to one sender until this time.
    claimed_until   TEXT    NOT NULL DEFAULT '',
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    sent_at         TEXT,
    UNIQUE (kind, subject_key, channel)
);
CREATE INDEX notifications_due ON notifications(state, next_attempt_at);

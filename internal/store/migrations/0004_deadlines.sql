-- Timers of a request: preservation expiry and its reminder, end of a
-- non-disclosure order, a scheduled subscriber notice. Stored, so they
-- survive restarts; the scheduler completes them when due.
CREATE TABLE deadlines (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    kind       TEXT    NOT NULL,
    -- YYYY-MM-DD, the day it is due.
    due        TEXT    NOT NULL,
    -- pending | done | cancelled
    state      TEXT    NOT NULL DEFAULT 'pending',
    detail     TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    done_at    TEXT,
    UNIQUE (request_id, kind, due)
);
CREATE INDEX deadlines_due ON deadlines(state, due);

-- A message that names a request (our reference, or a Message-ID of its
-- thread) but may not join it opens a request of its own, which records
-- the reference it claims to continue. The claimed request is not changed.
ALTER TABLE requests ADD COLUMN claims_ref TEXT NOT NULL DEFAULT '';
CREATE INDEX requests_claims_ref ON requests(claims_ref) WHERE claims_ref <> '';

-- Addresses a reviewer verified for a request, besides the From address of
-- its first message: an authenticated message from one of them joins it.
CREATE TABLE request_senders (
    request_id INTEGER NOT NULL REFERENCES requests(id),
    address    TEXT    NOT NULL,
    added_by   TEXT    NOT NULL,
    added_at   TEXT    NOT NULL,
    PRIMARY KEY (request_id, address)
);

-- Review page sessions, kept so that a restart does not log everyone out.
-- The session cookie is stored only as its SHA-256; times are Unix seconds.
CREATE TABLE web_sessions (
    id_hash    TEXT    PRIMARY KEY,
    user       TEXT    NOT NULL,
    csrf       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX web_sessions_expires ON web_sessions(expires_at);

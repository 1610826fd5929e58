-- Call-back verifications: a reviewer called the agency on a number not
-- taken from the e-mail. Append-only, like the audit trail they are also
-- written to.
CREATE TABLE verifications (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id),
    actor       TEXT    NOT NULL,
    number      TEXT    NOT NULL,
    -- confirmed | failed
    outcome     TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    called_at   TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL
);
CREATE INDEX verifications_request ON verifications(request_id);
CREATE TRIGGER verifications_no_update BEFORE UPDATE ON verifications
BEGIN SELECT RAISE(ABORT, 'verifications are append-only'); END;
CREATE TRIGGER verifications_no_delete BEFORE DELETE ON verifications
BEGIN SELECT RAISE(ABORT, 'verifications are append-only'); END;

-- The compliance team's own decision (produced, declined, …), apart from
-- lerd's automatic one in requests.decision, and who works the request.
ALTER TABLE requests ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN assignee TEXT NOT NULL DEFAULT '';

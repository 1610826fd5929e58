-- Raw messages up to 1 MiB are now written, a committed batch at a time,
-- into one segment file under raw/seg/ (named by the SHA-256 of its
-- content), synced once before the rows that point into it commit. The
-- bytes are written once instead of twice (WAL, then checkpoint) and the
-- database stays small. Rows stored before keep their bytes in raw.
ALTER TABLE messages ADD COLUMN raw_segment TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN raw_offset INTEGER NOT NULL DEFAULT 0;

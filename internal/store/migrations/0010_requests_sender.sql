-- A follow-up that names no request we know is matched against its
-- sender's recent requests (find thread by sender); without an index that
-- reads every request. The expression is the query's own: addresses are
-- compared case-blind.
CREATE INDEX requests_sender ON requests(lower(sender));

-- The counter's customer display: what each window's customer sees now (one row per window,
-- so a reloaded display gets it back) and the customers' ratings, one per receipt, stored
-- against the ticket, the cashier and the receipt; a rating's points in rows of their own so
-- the statistics count them per point.
CREATE TABLE counter_views (
  window_no INTEGER PRIMARY KEY,
  view_json TEXT NOT NULL,
  presented_by INTEGER REFERENCES operators(id),
  presented_at TEXT NOT NULL
) STRICT;

CREATE TABLE counter_ratings (
  id INTEGER PRIMARY KEY,
  receipt_no TEXT NOT NULL UNIQUE,
  ticket_id INTEGER,
  operator_id INTEGER REFERENCES operators(id),
  window_no INTEGER NOT NULL,
  business_date TEXT NOT NULL,
  rated_at TEXT NOT NULL,
  terminal_id TEXT NOT NULL
) STRICT;
CREATE INDEX counter_ratings_by_date ON counter_ratings(business_date, window_no);

CREATE TABLE counter_rating_scores (
  rating_id INTEGER NOT NULL REFERENCES counter_ratings(id),
  point TEXT NOT NULL,
  score TEXT NOT NULL CHECK (score IN ('satisfied', 'fair', 'unsatisfied')),
  PRIMARY KEY (rating_id, point)
) STRICT;

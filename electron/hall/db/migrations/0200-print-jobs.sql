-- The print outbox. A job is written in the same transaction as the business event it
-- prints (payment, ticket), so a committed payment always has its receipt either
-- printed or waiting in the reprint queue, even if the host dies in between.
CREATE TABLE print_jobs (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('receipt', 'ticket', 'shiftReport', 'daySummary')),
  -- where it prints: 'window:3', 'kiosk:main', …
  target TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  open_drawer INTEGER NOT NULL DEFAULT 0 CHECK (open_drawer IN (0, 1)),
  -- pending: not tried yet; printing: handed to the printer; printed; failed: needs a reprint
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'printing', 'printed', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  updated_at TEXT NOT NULL,
  -- marks printed on the paper: 'reprint' (补打), 'reversed' (已冲正)
  marks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(marks)),
  -- the job this one reprints (补打)
  reprint_of INTEGER REFERENCES print_jobs(id)
) STRICT;
CREATE INDEX print_jobs_by_status ON print_jobs(status, target);

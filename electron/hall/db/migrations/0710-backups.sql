-- Online backups (docs/backups.md): every run, good or not, so the manager and the self-check
-- see the age of the last good one, and retention knows which files it made. A backup counts
-- only once its copy passed SQLite's integrity check and the ledger's verify.
CREATE TABLE backup_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('scheduled', 'manual', 'dayClose', 'start')),
  file TEXT,                                  -- the backup's path; null when the copy failed
  bytes INTEGER,
  ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
  entries INTEGER,                            -- ledger entries the copy verified
  head_seq INTEGER,
  head_hash TEXT,
  problem TEXT,                               -- why it does not count (a message key's state)
  removed_at TEXT                             -- retention removed the file
) STRICT;
CREATE INDEX backup_runs_good ON backup_runs (ok, finished_at);

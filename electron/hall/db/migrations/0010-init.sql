-- The branch itself: settings, counter windows, operators, sessions and the audit log.
-- Times are ISO-8601 UTC strings; the branch time zone is a setting.

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL,
  updated_by INTEGER
) STRICT;

CREATE TABLE counter_windows (
  window_no INTEGER PRIMARY KEY CHECK (window_no BETWEEN 1 AND 99),
  label TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE operators (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('cashier', 'manager')),
  pin_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  token_sha256 TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  window_no INTEGER REFERENCES counter_windows(window_no),
  operator_id INTEGER REFERENCES operators(id),
  locale TEXT NOT NULL,
  created_at TEXT NOT NULL,
  ended_at TEXT
) STRICT;
CREATE INDEX sessions_by_terminal ON sessions(terminal_id, ended_at);

-- Append-only: who did what, when, from which terminal.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT,
  operator_id INTEGER REFERENCES operators(id),
  operator_code TEXT,
  role TEXT NOT NULL,
  terminal_id TEXT NOT NULL,
  window_no INTEGER,
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;
CREATE INDEX audit_log_by_action ON audit_log(action, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

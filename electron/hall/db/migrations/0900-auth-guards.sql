-- Guessing stops: failed PIN checks counted per operator code and per source address, with
-- the time until which that operator or source is refused. A row is a running count, reset
-- by a good PIN (operator), by time, or by a manager's unlock; the history is in the audit log.
CREATE TABLE auth_failures (
  scope TEXT NOT NULL CHECK (scope IN ('operator', 'source')),
  key TEXT NOT NULL,
  failures INTEGER NOT NULL CHECK (failures >= 0),
  last_failure_at TEXT NOT NULL,
  locked_until TEXT,
  PRIMARY KEY (scope, key)
) STRICT;
CREATE INDEX auth_failures_locked ON auth_failures(locked_until) WHERE locked_until IS NOT NULL;

-- Where a call came from (a LAN address, 'ipc:<terminal>' for the shell's own windows; NULL in-process).
ALTER TABLE audit_log ADD COLUMN source TEXT;

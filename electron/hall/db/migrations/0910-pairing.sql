-- Device pairing. A device asks (pairing_requests: its code, shown on its screen, and the hash of
-- the token it already holds); a manager confirms the code and says what the device is
-- (paired_devices: role, terminal, window). Only token hashes are kept. Unconfirmed requests
-- expire in minutes; a paired token expires after days unseen, or when a manager revokes it.
CREATE TABLE paired_devices (
  id INTEGER PRIMARY KEY,
  token_sha256 TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('display', 'kiosk', 'customerDisplay', 'counter')),
  terminal_id TEXT NOT NULL,
  window_no INTEGER,
  paired_at TEXT NOT NULL,
  paired_by INTEGER REFERENCES operators(id),
  auto INTEGER NOT NULL DEFAULT 0 CHECK (auto IN (0, 1)),
  last_seen_at TEXT,
  revoked_at TEXT,
  revoked_by INTEGER REFERENCES operators(id),
  CHECK ((role IN ('customerDisplay', 'counter')) = (window_no IS NOT NULL))
) STRICT;

CREATE TABLE pairing_requests (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  token_sha256 TEXT NOT NULL UNIQUE,
  terminal_id TEXT NOT NULL,
  screen TEXT NOT NULL,
  window_no INTEGER,
  source TEXT,
  requested_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  device_id INTEGER REFERENCES paired_devices(id)
) STRICT;
CREATE INDEX pairing_requests_open ON pairing_requests(code) WHERE device_id IS NULL;
CREATE INDEX pairing_requests_source ON pairing_requests(source, requested_at);

-- A session opened by a paired device (a device's own, or a cashier's at a paired counter PC)
-- ends with that device's pairing.
ALTER TABLE sessions ADD COLUMN device_id INTEGER REFERENCES paired_devices(id);

-- The hall's queue: business types (services) and the windows serving them, tickets with
-- their whole life (issue, call, start, finish, skip, transfer), every step as an event for
-- statistics, and each window's state (open, paused with a reason, its current ticket).
CREATE TABLE queue_services (
  code TEXT PRIMARY KEY CHECK (code GLOB '[A-X]'),       -- the ticket letter; Y and Z are reserved
  name_zh_cn TEXT NOT NULL,
  name_zh_tw TEXT NOT NULL,
  name_en TEXT NOT NULL,
  windows TEXT NOT NULL CHECK (json_valid(windows)),     -- [1, 2, 3]
  sort INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  business_date TEXT NOT NULL,
  ticket_no TEXT NOT NULL,                 -- A023, Y005
  service_code TEXT NOT NULL REFERENCES queue_services(code),
  lane TEXT NOT NULL CHECK (lane IN ('normal', 'priority')),
  issued_at TEXT NOT NULL,
  placed_at TEXT NOT NULL,                 -- place in line: the issue time, kept on transfer
  issued_by TEXT NOT NULL,                 -- terminal id of the kiosk or the staff member's terminal
  priority_reason TEXT,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'done', 'skipped')),
  window_no INTEGER,                       -- the window that called it
  only_window INTEGER,                     -- transferred to one particular window
  call_count INTEGER NOT NULL DEFAULT 0,
  called_at TEXT,
  started_at TEXT,
  finished_at TEXT,
  skipped_at TEXT,
  UNIQUE (business_date, ticket_no)
) STRICT;
CREATE INDEX tickets_waiting ON tickets(business_date, status, service_code, lane, placed_at);

CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  at TEXT NOT NULL,
  action TEXT NOT NULL,                    -- issued, called, recalled, started, finished, skipped, reactivated, transferred, calledOutOfOrder
  window_no INTEGER,
  operator_id INTEGER,
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;
CREATE INDEX ticket_events_by_ticket ON ticket_events(ticket_id);
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events BEGIN SELECT RAISE(ABORT, 'ticket events are history'); END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events BEGIN SELECT RAISE(ABORT, 'ticket events are history'); END;

CREATE TABLE window_states (
  window_no INTEGER PRIMARY KEY REFERENCES counter_windows(window_no),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paused')),
  current_ticket_id INTEGER REFERENCES tickets(id),
  pause_reason TEXT CHECK (pause_reason IS NULL OR pause_reason IN ('handover', 'settlement', 'deposit', 'away', 'systemFault', 'other')),
  pause_note TEXT,
  redirect_window INTEGER,
  expected_back TEXT,
  priority_streak INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
) STRICT;

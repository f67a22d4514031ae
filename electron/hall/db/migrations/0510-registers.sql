-- The counter's registers: callbacks promised to customers (预约回访) and complaints with their
-- deadlines (首问负责制: forward within 1 hour, answer within 48 hours). The deadlines are stored
-- as instants when the complaint is received, so a later change of rule does not move them.
CREATE TABLE register_callbacks (
  id INTEGER PRIMARY KEY,
  phone TEXT NOT NULL,
  matter TEXT NOT NULL,
  account_no TEXT,
  due_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done')),
  recorded_at TEXT NOT NULL,
  recorded_by INTEGER REFERENCES operators(id),
  window_no INTEGER,
  terminal_id TEXT NOT NULL,
  done_at TEXT,
  done_by INTEGER REFERENCES operators(id),
  outcome TEXT
) STRICT;
CREATE INDEX register_callbacks_open ON register_callbacks(state, due_at);

CREATE TABLE register_complaints (
  id INTEGER PRIMARY KEY,
  matter TEXT NOT NULL,
  complainant TEXT,
  phone TEXT,
  account_no TEXT,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'forwarded', 'answered', 'closed')),
  received_at TEXT NOT NULL,
  received_by INTEGER REFERENCES operators(id),
  window_no INTEGER,
  terminal_id TEXT NOT NULL,
  forward_by TEXT NOT NULL,
  answer_by TEXT NOT NULL,
  forwarded_at TEXT,
  forwarded_by INTEGER REFERENCES operators(id),
  forwarded_to TEXT,
  answered_at TEXT,
  answered_by INTEGER REFERENCES operators(id),
  answer TEXT,
  closed_at TEXT,
  closed_by INTEGER REFERENCES operators(id),
  close_note TEXT
) STRICT;
CREATE INDEX register_complaints_state ON register_complaints(state, answer_by);

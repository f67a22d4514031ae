-- The ledger: every payment, reversal (and, later, cash movement and shift close) is one
-- entry, appended, never changed. `seq` counts entries without gaps; each entry stores
-- SHA-256(prev_hash + canonical encoding) — see electron/hall/ledger/chain.ts — so a
-- verifier can prove nothing was changed, removed or slipped in. `body` holds the entry's
-- lines and tenders exactly as hashed. Receipt numbers come from the window's own series.
CREATE TABLE ledger_entries (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('payment', 'reversal', 'cashIn', 'cashOut', 'shiftClose', 'dayClose')),
  at TEXT NOT NULL,                          -- ISO-8601 instant
  business_date TEXT NOT NULL,               -- branch-local date
  terminal_id TEXT NOT NULL,
  window_no INTEGER,
  operator_id INTEGER NOT NULL REFERENCES operators(id),
  approver_id INTEGER REFERENCES operators(id),          -- the manager who approved (reversal, waiver)
  account_id INTEGER REFERENCES accounts(id),
  series_no INTEGER,                                      -- position in the window's receipt series
  receipt_no TEXT UNIQUE,
  amount_fen INTEGER NOT NULL,                            -- negative for a reversal
  reverses_seq INTEGER UNIQUE REFERENCES ledger_entries(seq),
  idempotency_key TEXT UNIQUE,
  request_hash TEXT,
  body TEXT NOT NULL CHECK (json_valid(body)),
  hash_version INTEGER NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  UNIQUE (window_no, series_no)
) STRICT;
CREATE INDEX ledger_by_account ON ledger_entries(account_id) WHERE account_id IS NOT NULL;
CREATE INDEX ledger_by_day ON ledger_entries(business_date);

CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

-- What an account owes (应收): one row per season's heating fee, per imported arrears,
-- per catalogue item sold at the counter. Insert-only: what has been paid on a charge is
-- the sum of its allocations in the ledger, never a column updated here.
CREATE TABLE charges (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  kind TEXT NOT NULL CHECK (kind IN ('heating', 'arrears', 'item', 'other')),
  season TEXT CHECK (season IS NULL OR season GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'), -- '2026-2027'
  item_code TEXT,                               -- 收费标准 item for kind = 'item'
  description TEXT NOT NULL,                    -- '2026-2027 采暖费'
  detail TEXT,                                  -- '89.37㎡ × ￥22.00'
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), -- branch-local date; late fee accrues after it
  tax_category TEXT NOT NULL CHECK (tax_category IN ('vatExempt', 'taxable')),
  source TEXT NOT NULL,                         -- 'import:<batch>', 'billing:<season>', 'counter:<payment>'
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX charges_by_account ON charges(account_id);
CREATE UNIQUE INDEX charges_one_per_season ON charges(account_id, kind, season) WHERE kind IN ('heating', 'arrears');

CREATE TRIGGER charges_no_update BEFORE UPDATE ON charges
BEGIN SELECT RAISE(ABORT, 'charges are insert-only'); END;
CREATE TRIGGER charges_no_delete BEFORE DELETE ON charges
BEGIN SELECT RAISE(ABORT, 'charges are insert-only'); END;

-- What the price office decided: heating prices per customer class from a season on,
-- the season's policy (停供 share, 低保 reduction, late fee rate, due date) and the counter
-- price list (收费标准). Prices and policies are history: a new price is a new row from
-- a later season, never an edit, so an old bill can always be explained.
CREATE TABLE heating_prices (
  id INTEGER PRIMARY KEY,
  customer_class TEXT NOT NULL CHECK (customer_class IN ('residential', 'nonResidential')),
  from_season TEXT NOT NULL CHECK (from_season GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen > 0),      -- per m²
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES operators(id),
  UNIQUE (customer_class, from_season)
) STRICT;

CREATE TABLE billing_policies (
  id INTEGER PRIMARY KEY,
  from_season TEXT NOT NULL UNIQUE CHECK (from_season GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
  stopped_base_share_bp INTEGER NOT NULL CHECK (stopped_base_share_bp BETWEEN 0 AND 10000),
  low_income_reduction_bp INTEGER NOT NULL CHECK (low_income_reduction_bp BETWEEN 0 AND 10000),
  late_fee_ppm_per_day INTEGER NOT NULL CHECK (late_fee_ppm_per_day BETWEEN 0 AND 10000),
  due_month_day TEXT NOT NULL CHECK (due_month_day GLOB '[0-1][0-9]-[0-3][0-9]'),       -- of the season's first year
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES operators(id)
) STRICT;

CREATE TRIGGER heating_prices_no_update BEFORE UPDATE ON heating_prices BEGIN SELECT RAISE(ABORT, 'prices are history: add a row for a later season'); END;
CREATE TRIGGER heating_prices_no_delete BEFORE DELETE ON heating_prices BEGIN SELECT RAISE(ABORT, 'prices are history: add a row for a later season'); END;
CREATE TRIGGER billing_policies_no_update BEFORE UPDATE ON billing_policies BEGIN SELECT RAISE(ABORT, 'policies are history: add a row for a later season'); END;
CREATE TRIGGER billing_policies_no_delete BEFORE DELETE ON billing_policies BEGIN SELECT RAISE(ABORT, 'policies are history: add a row for a later season'); END;

-- The counter price list: connection fee, reopening fee, materials. A price change is
-- audited; what a past sale cost is kept on its charge row, not here.
CREATE TABLE catalogue_items (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  price_fen INTEGER NOT NULL CHECK (price_fen > 0),
  tax_category TEXT NOT NULL CHECK (tax_category IN ('vatExempt', 'taxable')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;

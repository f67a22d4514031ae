-- A PIN set by a manager (a new operator, a reset) is temporary: the operator chooses their
-- own at the next sign-in. When the current PIN was set, for the staff list.
ALTER TABLE operators ADD COLUMN must_change_pin INTEGER NOT NULL DEFAULT 0 CHECK (must_change_pin IN (0, 1));
ALTER TABLE operators ADD COLUMN pin_set_at TEXT;

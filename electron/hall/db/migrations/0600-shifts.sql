-- Shifts and the day close live in the ledger as entries (cashIn: a shift's float or a
-- top-up; cashOut: a safe drop or bank deposit; shiftClose; dayClose: a close or a
-- reopening), so they are chained and signed like payments. These indexes keep the
-- questions asked on every payment cheap on a ledger of millions of entries:
-- is a shift open at this window (the newest shift mark), what did this shift take
-- (the window's entries after its opening), is this business day closed (its newest day mark).
CREATE INDEX ledger_shift_marks ON ledger_entries(window_no, seq) WHERE kind IN ('cashIn', 'shiftClose');
CREATE INDEX ledger_by_window ON ledger_entries(window_no, seq);
CREATE INDEX ledger_day_marks ON ledger_entries(business_date, seq) WHERE kind = 'dayClose';

-- Requests for a digital invoice (数电票) taken at the counter against a receipt, for the
-- branch to send on after the day close. The payment is never edited for one. Insert-only:
-- a mistaken request is answered by a new one (the branch sends the last of a receipt's).
CREATE TABLE invoice_requests (
  id INTEGER PRIMARY KEY,
  business_date TEXT NOT NULL,            -- the day whose close lists it
  receipt_no TEXT NOT NULL,
  amount_fen INTEGER NOT NULL,            -- the receipt's total, as the invoice will state it
  requested_at TEXT NOT NULL,
  operator_code TEXT NOT NULL,
  payer_type TEXT NOT NULL CHECK (payer_type IN ('person', 'company')),
  payer_name TEXT NOT NULL,
  tax_no TEXT,
  email TEXT,
  phone TEXT,
  CHECK (payer_type = 'person' OR tax_no IS NOT NULL),
  CHECK (email IS NOT NULL OR phone IS NOT NULL)
) STRICT;
CREATE INDEX invoice_requests_by_day ON invoice_requests(business_date);
CREATE TRIGGER invoice_requests_no_update BEFORE UPDATE ON invoice_requests
BEGIN SELECT RAISE(ABORT, 'invoice requests are kept as made'); END;

// The day close's own table: invoice requests (数电票) taken at the counter.
import type { Db } from '../db/open.ts';
import type { DayReport } from '../../../shared/api/dayclose.api.ts';
import { fen } from '../../../shared/money.ts';

type Request = DayReport['invoiceRequests'][number];
type Row = { id: number; receipt_no: string; amount_fen: number; requested_at: string; payer_type: 'person' | 'company'; payer_name: string; tax_no: string | null; email: string | null; phone: string | null; operator_code: string };

const toRequest = (r: Row): Request => ({
  id: r.id,
  receiptNo: r.receipt_no,
  amountFen: fen(r.amount_fen),
  requestedAt: r.requested_at,
  payerType: r.payer_type,
  payerName: r.payer_name,
  taxNo: r.tax_no,
  email: r.email,
  phone: r.phone,
  operatorCode: r.operator_code,
});

export function dayCloseStore(db: Db) {
  const insert = db.prepare(`INSERT INTO invoice_requests (business_date, receipt_no, amount_fen, requested_at, operator_code, payer_type, payer_name, tax_no, email, phone)
    VALUES (@date, @receiptNo, @amountFen, @requestedAt, @operatorCode, @payerType, @payerName, @taxNo, @email, @phone)`);
  const ofDay = db.prepare('SELECT * FROM invoice_requests WHERE business_date = ? ORDER BY id');
  const byId = db.prepare('SELECT * FROM invoice_requests WHERE id = ?');
  return {
    addRequest(r: Omit<Request, 'id'> & { date: string }): Request {
      const id = Number(insert.run(r).lastInsertRowid);
      return toRequest(byId.get(id) as Row);
    },
    requestsOf: (date: string): Request[] => (ofDay.all(date) as Row[]).map(toRequest),
  };
}
export type DayCloseStore = ReturnType<typeof dayCloseStore>;

// The ledger module's store: the only code outside the verifier and the day export that
// reads ledger_entries, and (through append-entry.ts) the only code that writes it.
import type { Db } from '../db/open.ts';
import { ledgerAppender, type AppendedEntry } from './append-entry.ts';
import { paymentBodySchema, type PaymentBody } from './entry-body.ts';

export interface StoredEntry extends AppendedEntry {
  hash_version: number;
  prev_hash: string;
}

/** What an account's entries paid per charge (a payment's charges are the 'charge' lines of its
 * body; a reversal's lines are negated); exported so the query-plan tests explain exactly this. */
export const PAID_BY_CHARGE_SQL = `
    SELECT json_extract(l.value, '$.charge') AS charge_id, SUM(json_extract(l.value, '$.amount')) AS paid
    FROM ledger_entries e, json_each(e.body, '$.lines') l
    WHERE e.account_id = ? AND json_extract(l.value, '$.kind') = 'charge'
    GROUP BY charge_id`;

/** An account's latest payments and reversals (ledger_by_account), with who took them and what reversed what. */
export const ACCOUNT_PAYMENTS_SQL = `
    SELECT e.receipt_no, e.kind, e.at, e.business_date, e.window_no, o.code AS operator_code, e.amount_fen,
           (SELECT r.receipt_no FROM ledger_entries r WHERE r.reverses_seq = e.seq) AS reversed_by,
           (SELECT p.receipt_no FROM ledger_entries p WHERE p.seq = e.reverses_seq) AS reverses
    FROM ledger_entries e JOIN operators o ON o.id = e.operator_id
    WHERE e.account_id = ? AND e.kind IN ('payment', 'reversal')
    ORDER BY e.seq DESC LIMIT ?`;

export interface AccountPaymentRow {
  receipt_no: string;
  kind: 'payment' | 'reversal';
  at: string;
  business_date: string;
  window_no: number | null;
  operator_code: string;
  amount_fen: number;
  reversed_by: string | null;
  reverses: string | null;
}

export function ledgerStore(db: Db) {
  const byKey = db.prepare('SELECT * FROM ledger_entries WHERE idempotency_key = ?');
  const byReceipt = db.prepare('SELECT * FROM ledger_entries WHERE receipt_no = ?');
  const reversal = db.prepare('SELECT * FROM ledger_entries WHERE reverses_seq = ?');
  const paid = db.prepare(PAID_BY_CHARGE_SQL);
  const ofAccount = db.prepare(ACCOUNT_PAYMENTS_SQL);
  return {
    accountPayments: (accountId: number, limit: number) => ofAccount.all(accountId, limit) as AccountPaymentRow[],
    append: ledgerAppender(db),
    byKey: (key: string) => byKey.get(key) as StoredEntry | undefined,
    entryByReceipt: (receiptNo: string) => byReceipt.get(receiptNo) as StoredEntry | undefined,
    reversalOf: (seq: number) => reversal.get(seq) as StoredEntry | undefined,
    paidByCharge: (accountId: number): ReadonlyMap<number, number> =>
      new Map((paid.all(accountId) as Array<{ charge_id: number; paid: number }>).map((r) => [r.charge_id, r.paid])),
    bodyOf(entry: { seq: number; body: string }): PaymentBody {
      const parsed = paymentBodySchema.safeParse(JSON.parse(entry.body));
      if (!parsed.success) throw new Error(`ledger entry ${entry.seq} has an unreadable body`);
      return parsed.data;
    },
  };
}
export type LedgerStore = ReturnType<typeof ledgerStore>;

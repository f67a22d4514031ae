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

export function ledgerStore(db: Db) {
  const byKey = db.prepare('SELECT * FROM ledger_entries WHERE idempotency_key = ?');
  const byReceipt = db.prepare('SELECT * FROM ledger_entries WHERE receipt_no = ?');
  const reversal = db.prepare('SELECT * FROM ledger_entries WHERE reverses_seq = ?');
  const paid = db.prepare(PAID_BY_CHARGE_SQL);
  return {
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

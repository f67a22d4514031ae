// The ledger module's prepared statements and readers, made once per hall.
import type { Db } from '../db/open.ts';
import type { HallConfig } from '../config.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { DomainError } from '../../../shared/errors.ts';
import { priceTable, type PriceTable } from '../billing/price-table.ts';
import { openChargesReader, type OpenCharge } from '../billing/open-charges.ts';
import { ledgerAppender, type AppendedEntry, type NewEntry } from './append-entry.ts';
import { paymentBodySchema, type PaymentBody } from './entry-body.ts';
import { receiptModel } from './receipt-model.ts';
import { ACCOUNT_COLUMNS_SQL, type AccountRow } from '../accounts/account-search.ts';

export interface StoredEntry extends AppendedEntry {
  hash_version: number;
  prev_hash: string;
}

export interface LedgerContext {
  prices: PriceTable;
  accountByNo(accountNo: string): AccountRow;
  openCharges(accountId: number, onDate: string): OpenCharge[];
  catalogueItem(code: string): { code: string; name: string; unit: string; price_fen: number; tax_category: 'vatExempt' | 'taxable' } | undefined;
  append(entry: NewEntry): AppendedEntry;
  entryByReceipt(receiptNo: string): StoredEntry | undefined;
  reversalOf(seq: number): StoredEntry | undefined;
  bodyOf(entry: { seq: number; body: string }): PaymentBody;
  /** The earlier result of the same request, or a conflict if the key was used for another. */
  replay(key: string, requestHash: string, config: HallConfig): ReceiptModel | null;
}

export function ledgerContext(db: Db): LedgerContext {
  const prices = priceTable(db);
  const account = db.prepare(`SELECT ${ACCOUNT_COLUMNS_SQL} FROM accounts WHERE account_no = ?`);
  const item = db.prepare('SELECT code, name, unit, price_fen, tax_category FROM catalogue_items WHERE code = ? AND active = 1');
  const byKey = db.prepare('SELECT * FROM ledger_entries WHERE idempotency_key = ?');
  const byReceipt = db.prepare('SELECT * FROM ledger_entries WHERE receipt_no = ?');
  const reversal = db.prepare('SELECT * FROM ledger_entries WHERE reverses_seq = ?');
  const bodyOf = (entry: { seq: number; body: string }): PaymentBody => {
    const parsed = paymentBodySchema.safeParse(JSON.parse(entry.body));
    if (!parsed.success) throw new Error(`ledger entry ${entry.seq} has an unreadable body`);
    return parsed.data;
  };
  return {
    prices,
    accountByNo(accountNo) {
      const row = account.get(accountNo) as AccountRow | undefined;
      if (!row) throw new DomainError('not_found', { what: `户号 ${accountNo}` });
      return row;
    },
    openCharges: openChargesReader(db, prices),
    catalogueItem: (code) => item.get(code) as ReturnType<LedgerContext['catalogueItem']>,
    append: ledgerAppender(db),
    entryByReceipt: (receiptNo) => byReceipt.get(receiptNo) as StoredEntry | undefined,
    reversalOf: (seq) => reversal.get(seq) as StoredEntry | undefined,
    bodyOf,
    replay(key, requestHash, config) {
      const earlier = byKey.get(key) as StoredEntry | undefined;
      if (!earlier) return null;
      if (earlier.request_hash !== requestHash) throw new DomainError('conflict', { key }, { key: 'ledger:errors.idempotencyMismatch' });
      return receiptModel(earlier, bodyOf(earlier), config);
    },
  };
}

// What the ledger's use cases work with, made once per hall: its own store, and the
// accounts and billing modules it asks (the account paid for, its open charges, the
// catalogue of counter items, prices). The ledger stands above billing: see billing/index.ts.
import type { Db } from '../db/open.ts';
import type { HallConfig } from '../config.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { DomainError } from '../../../shared/errors.ts';
import { accountsReader, type AccountRow } from '../accounts/index.ts';
import { catalogueStore, openChargesReader, priceTable, type CatalogueItemRow, type OpenCharge, type PriceTable } from '../billing/index.ts';
import type { AppendedEntry, NewEntry } from './append-entry.ts';
import type { PaymentBody } from './entry-body.ts';
import { ledgerStore, type StoredEntry } from './ledger-store.ts';
import { receiptModel } from './receipt-model.ts';
import { shiftBook, type OpenShift } from './shift-book.ts';

export type { StoredEntry } from './ledger-store.ts';

export interface LedgerContext {
  prices: PriceTable;
  accountByNo(accountNo: string): AccountRow;
  openCharges(accountId: number, onDate: string): OpenCharge[];
  catalogueItem(code: string): CatalogueItemRow | undefined;
  append(entry: NewEntry): AppendedEntry;
  entryByReceipt(receiptNo: string): StoredEntry | undefined;
  reversalOf(seq: number): StoredEntry | undefined;
  bodyOf(entry: { seq: number; body: string }): PaymentBody;
  /** A payment or reversal moves money through a window's drawer: only while a shift is open there. */
  openShiftAt(windowNo: number): OpenShift | null;
  /** The earlier result of the same request, or a conflict if the key was used for another. */
  replay(key: string, requestHash: string, config: HallConfig): ReceiptModel | null;
}

export function ledgerContext(db: Db): LedgerContext {
  const store = ledgerStore(db);
  const prices = priceTable(db);
  const accounts = accountsReader(db);
  const catalogue = catalogueStore(db);
  const shifts = shiftBook(db);
  return {
    prices,
    accountByNo: (accountNo) => accounts.byNo(accountNo),
    openCharges: openChargesReader(accounts, prices, store.paidByCharge),
    catalogueItem: (code) => catalogue.activeItem(code),
    append: store.append,
    entryByReceipt: store.entryByReceipt,
    reversalOf: store.reversalOf,
    bodyOf: store.bodyOf,
    openShiftAt: shifts.openShiftAt,
    replay(key, requestHash, config) {
      const earlier = store.byKey(key);
      if (!earlier) return null;
      if (earlier.request_hash !== requestHash) throw new DomainError('conflict', { key }, { key: 'ledger:errors.idempotencyMismatch' });
      return receiptModel(earlier, store.bodyOf(earlier), config);
    },
  };
}

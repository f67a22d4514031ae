// A receipt as the ledger holds it, by its number: the model the printer and screens show,
// and the receipt number of its reversal if it was reversed.
import type { HallConfig } from '../config.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import type { Db } from '../db/open.ts';
import { ledgerStore, type LedgerStore } from './ledger-store.ts';
import { receiptModel } from './receipt-model.ts';

export interface ReceiptOnRecord {
  receipt: ReceiptModel;
  reversedBy: string | null;
}

export function receiptOnRecord(store: LedgerStore, receiptNo: string, config: HallConfig): ReceiptOnRecord | null {
  const entry = store.entryByReceipt(receiptNo);
  if (!entry) return null;
  return { receipt: receiptModel(entry, store.bodyOf(entry), config), reversedBy: store.reversalOf(entry.seq)?.receipt_no ?? null };
}

/** For other modules (printing): one lookup on the hall's connection. */
export function receiptOf(db: Db, receiptNo: string, config: HallConfig): ReceiptOnRecord | null {
  return receiptOnRecord(ledgerStore(db), receiptNo, config);
}

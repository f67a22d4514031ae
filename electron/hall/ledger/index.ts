// The ledger module's door: the only file other hall modules import.
//
// The ledger owns ledger_entries: the append-only, hash-chained record of every payment and
// reversal, each with its receipt number (one gapless series per window). It owns a
// payment's charges too: the lines of an entry say which charges it paid and how much, so
// "paid" has one source the verifier can prove (billing is handed paidByCharge; see
// billing/index.ts). Taking a payment asks accounts (the account, item charges), billing
// (open charges, catalogue) and auth (a manager's approval); the receipt goes to the print
// outbox through HandlerEnv.print. Printing asks the ledger for receipts (receiptOf).
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { ledgerHandlers } from './ledger.handlers.ts';
import { ledgerStore } from './ledger-store.ts';

export function ledgerModule(services: HallServices): HallModule<'ledger'> & { paidByCharge(accountId: number): ReadonlyMap<number, number> } {
  const store = ledgerStore(services.db);
  return { handlers: ledgerHandlers(services), paidByCharge: store.paidByCharge };
}

export { receiptOf, type ReceiptOnRecord } from './receipt-of.ts';
export { verifyLedgerFile } from './verify-parallel.ts';
// For the shifts module: a shift is its ledger entries (see shift-book.ts).
export { shiftBook, appendCashEntry, type OpenShift, type ShiftEntry, type ShiftBook } from './shift-book.ts';
export type { CashBody } from './cash-body.ts';
// For the day close: the day's entries, the chain since the last close, the day marks and locks.
export { dayBook, appendDayMark, type DayBook, type DayEntry } from './day-book.ts';
export { dayLocks, nextDate } from './day-lock.ts';
export { chainHead, exportDay } from './day-payments.ts';
export { GENESIS_HASH } from './chain.ts';

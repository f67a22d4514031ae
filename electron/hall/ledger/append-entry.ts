// The one way anything is written to the ledger: inside the caller's transaction, take
// the next seq and (for receipts) the window's next series number, chain the hash, insert.
// Because the dispatcher runs every command in an IMMEDIATE transaction, two windows can
// never take the same number, and a rolled-back payment leaves no number used. Every entry,
// whatever its kind, is signed here in the same transaction (integrity/signer.ts).
import type { Db } from '../db/open.ts';
import { signRow } from '../integrity/index.ts';
import { dayLocks, refuseLockedDay } from './day-lock.ts';
import { GENESIS_HASH, HASH_VERSION, entryHash, formatReceiptNo, type EntryFields } from './chain.ts';

export type NewEntry = Omit<EntryFields, 'seq' | 'series_no' | 'receipt_no'> & { issueReceipt: boolean };

export interface AppendedEntry extends EntryFields {
  hash: string;
}

/** Run on every payment; exported so the query-plan tests explain exactly these. */
export const APPEND_HOT_SQL = {
  head: 'SELECT seq, hash FROM ledger_entries ORDER BY seq DESC LIMIT 1',
  lastInSeries: 'SELECT MAX(series_no) FROM ledger_entries WHERE window_no = ?',
} as const;

export function ledgerAppender(db: Db) {
  const head = db.prepare(APPEND_HOT_SQL.head);
  const lastInSeries = db.prepare(APPEND_HOT_SQL.lastInSeries).pluck();
  const insert = db.prepare(`
    INSERT INTO ledger_entries (seq, kind, at, business_date, terminal_id, window_no, operator_id, approver_id, account_id, series_no,
      receipt_no, amount_fen, reverses_seq, idempotency_key, request_hash, body, hash_version, prev_hash, hash)
    VALUES (@seq, @kind, @at, @business_date, @terminal_id, @window_no, @operator_id, @approver_id, @account_id, @series_no,
      @receipt_no, @amount_fen, @reverses_seq, @idempotency_key, @request_hash, @body, @hash_version, @prev_hash, @hash)`);
  const locks = dayLocks(db);
  return function append(entry: NewEntry): AppendedEntry {
    if (!db.inTransaction) throw new Error('ledger entries are appended inside a transaction');
    // a closed day takes no more entries; only its own reopening (a dayClose entry) is dated in it
    if (entry.kind !== 'dayClose' && locks.isLocked(entry.business_date)) refuseLockedDay(entry.business_date);
    const last = head.get() as { seq: number; hash: string } | undefined;
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    let seriesNo: number | null = null;
    let receiptNo: string | null = null;
    if (entry.issueReceipt) {
      if (entry.window_no === null) throw new Error('a receipt needs a window');
      seriesNo = ((lastInSeries.get(entry.window_no) as number | null) ?? 0) + 1;
      receiptNo = formatReceiptNo(entry.window_no, seriesNo);
    }
    const { issueReceipt: _issue, ...rest } = entry;
    const fields: EntryFields = { ...rest, seq, series_no: seriesNo, receipt_no: receiptNo };
    const hash = entryHash(prevHash, fields);
    insert.run({ ...fields, hash_version: HASH_VERSION, prev_hash: prevHash, hash });
    signRow(db, 'ledger', seq, hash);
    return { ...fields, hash };
  };
}

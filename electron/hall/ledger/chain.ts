// The hash chain. Each entry's hash is SHA-256 over the previous entry's hash and the
// entry's canonical encoding: a JSON array of its columns in a fixed order, with `body`
// taken as the exact stored text. The encoding carries its version first, so a later
// format can be introduced for new entries while old ones still verify under v1.
import { createHash } from 'node:crypto';

export const HASH_VERSION = 1;
export const GENESIS_HASH = '0'.repeat(64);

/** The columns of ledger_entries in hashing order (without the hash columns themselves). */
export interface EntryFields {
  seq: number;
  kind: string;
  at: string;
  business_date: string;
  terminal_id: string;
  window_no: number | null;
  operator_id: number;
  approver_id: number | null;
  account_id: number | null;
  series_no: number | null;
  receipt_no: string | null;
  amount_fen: number;
  reverses_seq: number | null;
  idempotency_key: string | null;
  request_hash: string | null;
  body: string;
}

export function canonicalEncoding(e: EntryFields, version = HASH_VERSION): string {
  if (version !== 1) throw new Error(`unknown ledger hash version ${version}`);
  return JSON.stringify([
    1,
    e.seq,
    e.kind,
    e.at,
    e.business_date,
    e.terminal_id,
    e.window_no,
    e.operator_id,
    e.approver_id,
    e.account_id,
    e.series_no,
    e.receipt_no,
    e.amount_fen,
    e.reverses_seq,
    e.idempotency_key,
    e.request_hash,
    e.body,
  ]);
}

export function entryHash(prevHash: string, e: EntryFields, version = HASH_VERSION): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEncoding(e, version)).digest('hex');
}

/** The short code printed in the receipt's QR next to the receipt number. */
export function verificationCode(hash: string): string {
  return hash.slice(0, 10).toUpperCase();
}

/** W03-00000123: the window's number and the position in its own series. */
export function formatReceiptNo(windowNo: number, seriesNo: number): string {
  return `W${String(windowNo).padStart(2, '0')}-${String(seriesNo).padStart(8, '0')}`;
}

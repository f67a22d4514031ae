// The hash chain. Each entry's hash is SHA-256 over the previous entry's hash, a newline,
// the entry's columns as a JSON array in a fixed order, a newline, and `body` as the exact
// stored text (last, so it needs no escaping: JSON never holds a raw newline before it).
// The encoding carries its version first, so a later format can be introduced for new
// entries while old ones still verify under v1.
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

/** The entry's columns other than body, in hashing order, as the JSON line that is hashed. */
export function canonicalFields(e: EntryFields, version = HASH_VERSION): string {
  if (version !== 1) throw new Error(`unknown ledger hash version ${version}`);
  return JSON.stringify([1, e.seq, e.kind, e.at, e.business_date, e.terminal_id, e.window_no, e.operator_id, e.approver_id, e.account_id, e.series_no, e.receipt_no, e.amount_fen, e.reverses_seq, e.idempotency_key, e.request_hash]);
}

export function entryHash(prevHash: string, e: EntryFields, version = HASH_VERSION): string {
  return hashOf(prevHash, canonicalFields(e, version), e.body);
}

export function hashOf(prevHash: string, fields: string, body: string): string {
  return createHash('sha256').update(prevHash).update('\n').update(fields).update('\n').update(body).digest('hex');
}

/** The short code printed in the receipt's QR next to the receipt number. */
export function verificationCode(hash: string): string {
  return hash.slice(0, 10).toUpperCase();
}

/** W03-00000123: the window's number and the position in its own series. */
export function formatReceiptNo(windowNo: number, seriesNo: number): string {
  return `W${String(windowNo).padStart(2, '0')}-${String(seriesNo).padStart(8, '0')}`;
}

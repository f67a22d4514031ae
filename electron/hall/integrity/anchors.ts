// Outside anchors: the chain head (entry number + hash) as it was written down somewhere the
// database's owner cannot reach — a paper receipt's QR code, the head office's day export,
// a Z report. The chain links each entry to all before it, so an anchor that still matches
// proves every entry up to it is as it was when the anchor was taken, whoever holds the key.
import type { Db } from '../db/open.ts';

export interface Anchor {
  seq: number;
  hash: string;
  /** where it came from, for the report: "receipt W01-00000012", "line 3" */
  source: string;
}

/** What a receipt's QR code carries (version 2): receipt number, entry number, entry hash. */
export function receiptQrText(receiptNo: string, seq: number, hash: string): string {
  return `CDRCPT:${receiptNo}:${seq}:${hash}`;
}

export interface ReceiptCode {
  receiptNo: string;
  seq: number | null;
  /** full hash (version 2) or the 10-digit verification code (version 1 receipts) */
  hash: string;
}

/** Reads a scanned receipt QR: `CDRCPT:W01-00000012:57:<64 hex>` or the older `CDRCPT:W01-00000012:<10 hex>`. */
export function parseReceiptCode(text: string): ReceiptCode | null {
  const v2 = /^CDRCPT:(W\d{2}-\d{8}):(\d+):([0-9a-f]{64})$/i.exec(text.trim());
  if (v2) return { receiptNo: v2[1]!, seq: Number(v2[2]), hash: v2[3]!.toLowerCase() };
  const v1 = /^CDRCPT:(W\d{2}-\d{8}):([0-9A-F]{10})$/i.exec(text.trim());
  if (v1) return { receiptNo: v1[1]!, seq: null, hash: v1[2]!.toLowerCase() };
  return null;
}

/** The chain head as printed in exports and reports: `#57 <64 hex>`. */
export function headText(seq: number, hash: string): string {
  return `#${seq} ${hash}`;
}

/**
 * Anchors from a file of any of: receipt QR texts, `#57 <hash>` heads, `57,<hash>` rows (a day
 * export's head line), one or more per line. Lines without one are ignored.
 */
export function parseAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const receipt = /CDRCPT:(W\d{2}-\d{8}):(\d+):([0-9a-f]{64})/i.exec(line);
    if (receipt) {
      anchors.push({ seq: Number(receipt[2]), hash: receipt[3]!.toLowerCase(), source: `receipt ${receipt[1]}` });
      return;
    }
    const head = /#?(\d+)[\s,;:]+"?([0-9a-f]{64})\b/i.exec(line);
    if (head) anchors.push({ seq: Number(head[1]), hash: head[2]!.toLowerCase(), source: `line ${i + 1}` });
  });
  return anchors;
}

/** Each anchor's entry must still be there with the same hash. */
export function anchorProblems(db: Db, anchors: readonly Anchor[], headSeq: number): Array<{ seq: number; reason: string }> {
  const byseq = db.prepare('SELECT hash FROM ledger_entries WHERE seq = ?').pluck();
  const problems: Array<{ seq: number; reason: string }> = [];
  for (const a of anchors) {
    const hash = byseq.get(a.seq) as string | undefined;
    if (hash === undefined) problems.push({ seq: a.seq, reason: `entry ${a.seq} anchored outside (${a.source}) is missing: the ledger ends at ${headSeq}` });
    else if (hash !== a.hash) problems.push({ seq: a.seq, reason: `entry ${a.seq} differs from its anchor outside (${a.source}): history up to it was rewritten` });
  }
  return problems;
}

/** One paper receipt against the database: is its entry there, the same, and at the same place. */
export function receiptProblems(db: Db, code: ReceiptCode): Array<{ seq: number; reason: string }> {
  const entry = db.prepare('SELECT seq, hash FROM ledger_entries WHERE receipt_no = ?').get(code.receiptNo) as { seq: number; hash: string } | undefined;
  if (!entry) return [{ seq: code.seq ?? 0, reason: `receipt ${code.receiptNo} is not in the ledger` }];
  if (code.seq !== null && entry.seq !== code.seq) return [{ seq: entry.seq, reason: `receipt ${code.receiptNo} was entry ${code.seq} on paper, is entry ${entry.seq} now` }];
  if (code.seq === null ? !entry.hash.startsWith(code.hash) : entry.hash !== code.hash) return [{ seq: entry.seq, reason: `receipt ${code.receiptNo} differs from the paper: its entry was rewritten` }];
  return [];
}

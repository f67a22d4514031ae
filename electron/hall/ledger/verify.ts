// Proves the ledger is what was written: walks every entry in order, recomputes each hash
// from the previous one, checks seq has no holes, each window's receipt series runs 1, 2,
// 3 … with numbers that match, every body is readable and adds up, and the last entry the
// audit log vouches for is still there (so cutting off the tail is caught too).
import type { Db } from '../db/open.ts';
import type { VerifyReport } from '../../../shared/api/ledger.api.ts';
import { GENESIS_HASH, entryHash, formatReceiptNo, HASH_VERSION, type EntryFields } from './chain.ts';

type Row = EntryFields & { hash_version: number; prev_hash: string; hash: string };

export function verifyLedger(db: Db): VerifyReport {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let receipts = 0;
  let firstBroken: VerifyReport['firstBroken'] = null;
  const gaps: VerifyReport['gaps'] = [];
  const lastInSeries = new Map<number, number>();
  const broken = (seq: number, reason: string) => {
    if (!firstBroken) firstBroken = { seq, reason };
  };
  const rows = db.prepare('SELECT * FROM ledger_entries ORDER BY seq').iterate() as IterableIterator<Row>;
  for (const row of rows) {
    checked++;
    if (row.seq !== expectedSeq) broken(row.seq, `entries ${expectedSeq}–${row.seq - 1} are missing`);
    expectedSeq = row.seq + 1;
    if (row.prev_hash !== prevHash) broken(row.seq, 'does not link to the entry before it');
    if (row.hash_version !== HASH_VERSION) broken(row.seq, `unknown hash version ${row.hash_version}`);
    else if (entryHash(row.prev_hash, row) !== row.hash) broken(row.seq, 'content does not match its hash');
    prevHash = row.hash;
    if (!bodyAddsUp(row)) broken(row.seq, 'lines or tenders do not add up to the amount');
    if (row.receipt_no !== null || row.series_no !== null) {
      receipts++;
      if (row.window_no === null || row.series_no === null || row.receipt_no !== formatReceiptNo(row.window_no, row.series_no)) {
        broken(row.seq, 'receipt number does not match its window series');
      } else {
        const last = lastInSeries.get(row.window_no) ?? 0;
        if (row.series_no !== last + 1) {
          gaps.push({ series: `W${String(row.window_no).padStart(2, '0')}`, after: last, next: row.series_no });
          broken(row.seq, `receipt series of window ${row.window_no} jumps from ${last} to ${row.series_no}`);
        }
        lastInSeries.set(row.window_no, Math.max(last, row.series_no));
      }
    }
  }
  checkAuditAnchor(db, expectedSeq - 1, prevHash, broken);
  return { ok: firstBroken === null, entriesChecked: checked, headSeq: expectedSeq - 1, headHash: prevHash, firstBroken, gaps, receiptsChecked: receipts };
}

function bodyAddsUp(row: Row): boolean {
  try {
    const body = JSON.parse(row.body) as { lines?: Array<{ amount: number }>; tenders?: Array<{ amount: number }> };
    if (!Array.isArray(body.lines) || !Array.isArray(body.tenders)) return row.kind !== 'payment' && row.kind !== 'reversal';
    const lines = body.lines.reduce((s, l) => s + l.amount, 0);
    const tenders = body.tenders.reduce((s, t) => s + t.amount, 0);
    return lines === row.amount_fen && tenders === row.amount_fen;
  } catch {
    return false;
  }
}

/** Every ledger write leaves {seq, hash} in the append-only audit log; the newest must still be in the ledger. */
function checkAuditAnchor(db: Db, headSeq: number, headHash: string, broken: (seq: number, reason: string) => void): void {
  const anchor = db
    .prepare("SELECT json_extract(details, '$.seq') AS seq, json_extract(details, '$.hash') AS hash FROM audit_log WHERE action IN ('ledger.payment', 'ledger.reversal') ORDER BY id DESC LIMIT 1")
    .get() as { seq: number | null; hash: string | null } | undefined;
  if (!anchor || anchor.seq === null) return;
  if (anchor.seq > headSeq) broken(headSeq + 1, `entries ${headSeq + 1}–${anchor.seq} recorded in the audit log are missing`);
  else if (anchor.seq === headSeq && anchor.hash !== headHash) broken(headSeq, 'the last entry differs from the one the audit log recorded');
  else if (anchor.seq < headSeq) {
    const row = db.prepare('SELECT hash FROM ledger_entries WHERE seq = ?').get(anchor.seq) as { hash: string } | undefined;
    if (row?.hash !== anchor.hash) broken(anchor.seq, 'differs from the entry the audit log recorded');
  }
}

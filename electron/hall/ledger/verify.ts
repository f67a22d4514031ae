// Proves the ledger is what was written: walks every entry in order, recomputes each hash
// from the previous one, checks seq has no holes, each window's receipt series runs 1, 2,
// 3 … with numbers that match, and the last entry the audit log vouches for is still there
// (so cutting off the tail is caught too). The walk is split into seq ranges that can be
// checked on several cores (verify-parallel.ts) and joined here. Each entry's signature is
// checked against the key valid at its seq; the keys, the audit chain and the charges are
// checked once, after the join (integrity/verify-integrity.ts).
import type { Db } from '../db/open.ts';
import { anchorProblems, keyTimeline, receiptProblems, signatureMessage, verifyBytes, verifyKeys, type Anchor, type ReceiptCode } from '../integrity/index.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { verifyCharges } from './verify-charges.ts';

export interface VerifyOptions {
  /** Key fingerprints confirmed from outside: this machine's key store, head office. */
  trustedKeys?: readonly string[];
  /** Chain heads taken outside the database: paper receipts, day exports, Z reports. */
  anchors?: readonly Anchor[];
  /** Paper receipts (their QR codes) to check against the database. */
  receipts?: readonly ReceiptCode[];
  /** false: hashes, links and series only (a quick check; the signatures are most of verify's time) */
  signatures?: boolean;
}
import type { VerifyReport } from '../../../shared/api/ledger.api.ts';
import { GENESIS_HASH, canonicalFields, formatReceiptNo, hashOf, HASH_VERSION, type EntryFields } from './chain.ts';

export interface Broken {
  seq: number;
  reason: string;
}

/** What one seq range found, enough to join it to the ranges before and after it. */
export interface RangeResult {
  count: number;
  receipts: number;
  signatures: number;
  /** entries written before the installation had a key */
  unsigned: number;
  first: { seq: number; prevHash: string } | null;
  last: { seq: number; hash: string } | null;
  broken: Broken | null;
  /** per window: first and last series number seen in this range */
  series: Array<[windowNo: number, first: number, last: number]>;
  gaps: VerifyReport['gaps'];
}

const COLUMNS = 'e.seq, kind, at, business_date, terminal_id, window_no, operator_id, approver_id, account_id, series_no, receipt_no, amount_fen, reverses_seq, idempotency_key, request_hash, body, hash_version, prev_hash, hash, s.key_no, s.signature';
type RawRow = [number, string, string, string, string, number | null, number, number | null, number | null, number | null, string | null, number, number | null, string | null, string | null, string, number, string, string, number | null, string | null];

/** A seq range in chain order, with or without each entry's signature; exported so the query-plan test explains exactly these. */
export const VERIFY_RANGE_SQL = {
  signed: `SELECT ${COLUMNS} FROM ledger_entries e LEFT JOIN chain_signatures s ON s.chain = 'ledger' AND s.position = e.seq WHERE e.seq BETWEEN ? AND ? ORDER BY e.seq`,
  unsigned: `SELECT ${COLUMNS} FROM ledger_entries e LEFT JOIN (SELECT NULL AS key_no, NULL AS signature) s WHERE e.seq BETWEEN ? AND ? ORDER BY e.seq`,
} as const;

function hasSignatures(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chain_signatures'").get() !== undefined;
}

const seriesName = (windowNo: number) => `W${String(windowNo).padStart(2, '0')}`;

export function verifyRange(db: Db, fromSeq: number, toSeq: number, checkSignatures = true): RangeResult {
  const result: RangeResult = { count: 0, receipts: 0, signatures: 0, unsigned: 0, first: null, last: null, broken: null, series: [], gaps: [] };
  const keys = keyTimeline(db);
  const broken = (seq: number, reason: string) => {
    if (!result.broken) result.broken = { seq, reason };
  };
  const series = new Map<number, [number, number]>();
  let prevHash: string | null = null;
  let expectedSeq: number | null = null;
  // without signatures to check (or none written yet) the signature table is not joined at all
  const sql = checkSignatures && hasSignatures(db) ? VERIFY_RANGE_SQL.signed : VERIFY_RANGE_SQL.unsigned;
  const rows = db.prepare(sql).raw().iterate(fromSeq, toSeq) as IterableIterator<RawRow>;
  for (const r of rows) {
    const [seq, kind, at, businessDate, terminalId, windowNo, operatorId, approverId, accountId, seriesNo, receiptNo, amountFen, reversesSeq, key, requestHash, body, version, rowPrev, hash, keyNo, signature] = r;
    const signer = checkSignatures ? keys.forLedger(seq) : null;
    if (!checkSignatures) {
      // not asked for
    } else if (!signer) result.unsigned++;
    else if (signature === null) broken(seq, 'is not signed');
    else if (keyNo !== signer.keyNo) broken(seq, `is signed with key ${keyNo}, not key ${signer.keyNo} valid at that entry`);
    else if (!verifyBytes(signer.key, signatureMessage('ledger', seq, hash), signature)) broken(seq, 'signature does not match the entry');
    else result.signatures++;
    result.count++;
    if (!result.first) result.first = { seq, prevHash: rowPrev };
    if (expectedSeq !== null && seq !== expectedSeq) broken(seq, `entries ${expectedSeq}–${seq - 1} are missing`);
    if (prevHash !== null && rowPrev !== prevHash) broken(seq, 'does not link to the entry before it');
    expectedSeq = seq + 1;
    prevHash = hash;
    if (version !== HASH_VERSION) broken(seq, `unknown hash version ${version}`);
    else {
      const fields: EntryFields = { seq, kind, at, business_date: businessDate, terminal_id: terminalId, window_no: windowNo, operator_id: operatorId, approver_id: approverId, account_id: accountId, series_no: seriesNo, receipt_no: receiptNo, amount_fen: amountFen, reverses_seq: reversesSeq, idempotency_key: key, request_hash: requestHash, body };
      if (hashOf(rowPrev, canonicalFields(fields), body) !== hash) broken(seq, 'content does not match its hash');
    }
    if (receiptNo !== null || seriesNo !== null) {
      result.receipts++;
      if (windowNo === null || seriesNo === null || receiptNo !== formatReceiptNo(windowNo, seriesNo)) broken(seq, 'receipt number does not match its window series');
      else {
        const seen = series.get(windowNo);
        if (!seen) series.set(windowNo, [seriesNo, seriesNo]);
        else {
          if (seriesNo !== seen[1] + 1) {
            result.gaps.push({ series: seriesName(windowNo), after: seen[1], next: seriesNo });
            broken(seq, `receipt series of window ${windowNo} jumps from ${seen[1]} to ${seriesNo}`);
          }
          seen[1] = Math.max(seen[1], seriesNo);
        }
      }
    }
  }
  if (prevHash !== null && expectedSeq !== null) result.last = { seq: expectedSeq - 1, hash: prevHash };
  result.series = [...series].map(([w, [a, b]]) => [w, a, b]);
  return result;
}

/**
 * One entry's signature, checked as verifyRange checks each: null when it holds, or when the
 * entry was written before the installation had a key (then nothing was signed, as in a range).
 */
export function entrySignatureProblem(db: Db, seq: number, hash: string): Broken | null {
  const signer = keyTimeline(db).forLedger(seq);
  if (!signer) return null;
  const row = (hasSignatures(db) ? db.prepare("SELECT key_no, signature FROM chain_signatures WHERE chain = 'ledger' AND position = ?").get(seq) : undefined) as { key_no: number; signature: string } | undefined;
  if (!row) return { seq, reason: 'is not signed' };
  if (row.key_no !== signer.keyNo) return { seq, reason: `is signed with key ${row.key_no}, not key ${signer.keyNo} valid at that entry` };
  if (!verifyBytes(signer.key, signatureMessage('ledger', seq, hash), row.signature)) return { seq, reason: 'signature does not match the entry' };
  return null;
}

/** Joins consecutive ranges (in seq order) into one report, then checks the audit anchor. */
export function joinRanges(db: Db, ranges: RangeResult[], options: VerifyOptions = {}): VerifyReport {
  const problems: Broken[] = [];
  const gaps: VerifyReport['gaps'] = [];
  const lastInSeries = new Map<number, number>();
  let last: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH };
  let count = 0;
  let receipts = 0;
  let signatures = 0;
  let unsigned = 0;
  for (const range of ranges) {
    if (range.broken) problems.push(range.broken);
    gaps.push(...range.gaps);
    count += range.count;
    receipts += range.receipts;
    signatures += range.signatures;
    unsigned += range.unsigned;
    if (!range.first || !range.last) continue;
    if (range.first.seq !== last.seq + 1) problems.push({ seq: range.first.seq, reason: `entries ${last.seq + 1}–${range.first.seq - 1} are missing` });
    if (range.first.prevHash !== last.hash) problems.push({ seq: range.first.seq, reason: 'does not link to the entry before it' });
    for (const [windowNo, first, end] of range.series) {
      const before = lastInSeries.get(windowNo) ?? 0;
      if (first !== before + 1) {
        gaps.push({ series: seriesName(windowNo), after: before, next: first });
        problems.push({ seq: range.first.seq, reason: `receipt series of window ${windowNo} jumps from ${before} to ${first}` });
      }
      lastInSeries.set(windowNo, end);
    }
    last = range.last;
  }
  const anchor = auditAnchorProblem(db, last.seq);
  if (anchor) problems.push(anchor);
  const keys = verifyKeys(db, options.trustedKeys ?? [], count);
  const audit = verifyAuditChain(db, options.signatures ?? true);
  const charges = verifyCharges(db);
  const anchors = options.anchors ?? [];
  const receiptCodes = options.receipts ?? [];
  problems.push(...keys.problems, ...audit.problems, ...charges.problems, ...anchorProblems(db, anchors, last.seq), ...receiptCodes.flatMap((code) => receiptProblems(db, code)));
  problems.sort((a, b) => a.seq - b.seq);
  return {
    ok: problems.length === 0,
    entriesChecked: count,
    headSeq: last.seq,
    headHash: last.hash,
    firstBroken: problems[0] ?? null,
    gaps,
    receiptsChecked: receipts,
    problems: problems.slice(0, 50),
    signaturesChecked: signatures,
    unsignedLegacy: unsigned,
    keys: keys.keys,
    auditRowsChecked: audit.checked,
    auditSignaturesChecked: audit.signatures,
    chargeLinesChecked: charges.checked,
    anchorsChecked: anchors.length + receiptCodes.length,
  };
}

/** Verifies the whole ledger in this thread. */
export function verifyLedger(db: Db, options: VerifyOptions = {}): VerifyReport {
  return joinRanges(db, [verifyRange(db, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, options.signatures ?? true)], options);
}

/** Every ledger write leaves {seq, hash} in the append-only audit log; the newest must still be in the ledger. */
function auditAnchorProblem(db: Db, headSeq: number): Broken | null {
  const anchor = db
    .prepare("SELECT json_extract(details, '$.seq') AS seq, json_extract(details, '$.hash') AS hash FROM audit_log WHERE action IN ('ledger.payment', 'ledger.reversal') ORDER BY id DESC LIMIT 1")
    .get() as { seq: number | null; hash: string | null } | undefined;
  if (!anchor || anchor.seq === null) return null;
  if (anchor.seq > headSeq) return { seq: headSeq + 1, reason: `entries ${headSeq + 1}–${anchor.seq} recorded in the audit log are missing` };
  const row = db.prepare('SELECT hash FROM ledger_entries WHERE seq = ?').get(anchor.seq) as { hash: string } | undefined;
  if (row?.hash !== anchor.hash) return { seq: anchor.seq, reason: 'differs from the entry the audit log recorded' };
  return null;
}

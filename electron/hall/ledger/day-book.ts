// What the day close reads and writes in the ledger: a business day's entries, the chain
// since the previous close verified (hashes, links, the signature of the newest entry, every
// window's receipt series continuing where it stopped), and the day marks (close, reopen)
// appended like any entry.
//
// Why the day check verifies one signature, not one per entry. Each entry's hash is taken over
// its fields and the previous entry's hash, so the newest entry's hash commits to every entry
// back to the previous close, whose own hash is the anchor the check starts from (and was
// verified, with the chain before it, by that close). Recomputing every hash since the anchor
// proves each entry is the one its hash names, and the links prove the order; a valid
// signature on the newest hash, by the key valid there, then proves that the key's holder
// wrote exactly this chain. Whoever rewrites, inserts or removes an entry since the anchor
// without the key must recompute the hashes after it up to the head and cannot sign the new
// head: caught, as a bad per-entry signature would catch it. What one signature does not
// prove is that each row of chain_signatures is present and matches: that says nothing about
// the money (an entry's content is proved by the chain and the head's signature), and the
// full `ledger.verify` (and `npm run verify`) still checks every one. The per-entry
// signatures were most of the close's time: Ed25519 verifies at ~0.1–0.4 ms each on the hall's
// machines, 2,700 of them on a busy day (day_close_1m: 840 ms of a ~1 s close on a loaded 2-core
// machine); hashing the same entries takes ~20 ms.
import type { Db } from '../db/open.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { TenderMethod } from '../../../shared/print-models.ts';
import { ledgerAppender, type AppendedEntry } from './append-entry.ts';
import { entrySignatureProblem, verifyRange } from './verify.ts';
import { chainHead } from './day-payments.ts';
import { cashBodySchema, type CashBody } from './cash-body.ts';
import type { BodyLine } from './entry-body.ts';
import { GENESIS_HASH } from './chain.ts';

/** Exported so the query-plan test explains exactly these. */
export const DAY_BOOK_SQL = {
  day: 'SELECT seq, kind, at, window_no, receipt_no, amount_fen, body FROM ledger_entries WHERE business_date = ? ORDER BY seq',
  lastSeriesBefore: 'SELECT series_no FROM ledger_entries WHERE window_no = ? AND seq < ? AND series_no IS NOT NULL ORDER BY seq DESC LIMIT 1',
  entryAt: 'SELECT seq, hash FROM ledger_entries WHERE seq = ?',
  earliestDayBetween: 'SELECT MIN(business_date) FROM ledger_entries WHERE business_date > ? AND business_date < ?',
} as const;

export type DayEntry =
  | { seq: number; kind: 'payment' | 'reversal'; at: string; windowNo: number | null; receiptNo: string | null; amountFen: number; cashier: { code: string; name: string }; lines: BodyLine[]; tenders: Array<{ method: TenderMethod; amount: number }> }
  | { seq: number; kind: 'cashIn' | 'cashOut' | 'shiftClose'; at: string; windowNo: number | null; receiptNo: null; amountFen: number; cash: CashBody }
  | { seq: number; kind: 'dayClose'; at: string; windowNo: null; receiptNo: null; amountFen: number; mark: unknown };

export function dayBook(db: Db) {
  const day = db.prepare(DAY_BOOK_SQL.day);
  const lastSeriesBefore = db.prepare(DAY_BOOK_SQL.lastSeriesBefore).pluck();
  const entryAt = db.prepare(DAY_BOOK_SQL.entryAt);
  const earliestBetween = db.prepare(DAY_BOOK_SQL.earliestDayBetween).pluck();
  return {
    /** Every entry of a business day, in ledger order (one indexed scan). */
    entriesOf(date: string): DayEntry[] {
      const rows = day.all(date) as Array<{ seq: number; kind: string; at: string; window_no: number | null; receipt_no: string | null; amount_fen: number; body: string }>;
      return rows.map((r): DayEntry => {
        const body = JSON.parse(r.body) as Record<string, unknown>;
        if (r.kind === 'payment' || r.kind === 'reversal') {
          const p = body as { cashier: { code: string; name: string }; lines: BodyLine[]; tenders: Array<{ method: TenderMethod; amount: number }> };
          return { seq: r.seq, kind: r.kind, at: r.at, windowNo: r.window_no, receiptNo: r.receipt_no, amountFen: r.amount_fen, cashier: p.cashier, lines: p.lines, tenders: p.tenders };
        }
        if (r.kind === 'dayClose') return { seq: r.seq, kind: 'dayClose', at: r.at, windowNo: null, receiptNo: null, amountFen: r.amount_fen, mark: body };
        return { seq: r.seq, kind: r.kind as 'cashIn', at: r.at, windowNo: r.window_no, receiptNo: null, amountFen: r.amount_fen, cash: cashBodySchema.parse(body) };
      });
    },
    /** A day after `after` and before `before` that has entries (the earliest), or null. */
    dayWithEntriesBetween(after: string, before: string): string | null {
      return (earliestBetween.get(after, before) as string | null) ?? null;
    },
    /**
     * The chain from the entry after `since` to the head: every hash and link, the head's
     * signature (which covers them all, see above), and each window's receipt series going on
     * from where it stood at `since` without a gap. The part up to `since` was verified by the
     * close that recorded it.
     */
    verifySince(since: { seq: number; hash: string }) {
      const head = chainHead(db);
      const range = verifyRange(db, since.seq + 1, head.seq, false);
      const problems: Array<{ seq: number; reason: string }> = [];
      const gaps: Array<{ series: string; after: number; next: number }> = [];
      if (range.broken) problems.push(range.broken);
      // the newest entry walked: its signature vouches for the chain up to it (the anchor's own when nothing came since)
      const newest = range.last ?? since;
      const signature = newest.seq > 0 ? entrySignatureProblem(db, newest.seq, newest.hash) : null;
      if (signature) problems.push(signature);
      gaps.push(...range.gaps);
      const recorded = since.seq === 0 ? { seq: 0, hash: GENESIS_HASH } : (entryAt.get(since.seq) as { seq: number; hash: string } | undefined);
      if (!recorded || recorded.hash !== since.hash) problems.push({ seq: since.seq, reason: 'the entry the previous close recorded as the chain head is missing or different' });
      if (range.first && range.first.seq !== since.seq + 1) problems.push({ seq: range.first.seq, reason: `entries ${since.seq + 1}–${range.first.seq - 1} are missing` });
      if (range.first && range.first.prevHash !== since.hash) problems.push({ seq: range.first.seq, reason: 'does not link to the previous close’s chain head' });
      for (const [windowNo, first] of range.series) {
        const before = (lastSeriesBefore.get(windowNo, since.seq + 1) as number | undefined) ?? 0;
        if (first !== before + 1) {
          const series = `W${String(windowNo).padStart(2, '0')}`;
          gaps.push({ series, after: before, next: first });
          problems.push({ seq: range.first?.seq ?? 0, reason: `receipt series of window ${windowNo} jumps from ${before} to ${first}` });
        }
      }
      return { ok: problems.length === 0, entriesChecked: range.count, receiptsChecked: range.receipts, signaturesChecked: newest.seq > 0 && !signature ? 1 : 0, problems, gaps, head };
    },
  };
}
export type DayBook = ReturnType<typeof dayBook>;

/** A day mark (the close, with its totals and periods, or a reopening): a dayClose entry dated in that day. */
export function appendDayMark(env: HandlerEnv, date: string, amountFen: number, body: Record<string, unknown>, approverId: number | null = null): AppendedEntry {
  const { caller, now } = env;
  if (!caller.operator) throw new Error('a day mark needs an operator');
  return ledgerAppender(env.db)({
    kind: 'dayClose',
    at: now.toISOString(),
    business_date: date,
    terminal_id: caller.terminalId,
    window_no: null,
    operator_id: caller.operator.id,
    approver_id: approverId,
    account_id: null,
    amount_fen: amountFen,
    reverses_seq: null,
    idempotency_key: null,
    request_hash: null,
    body: JSON.stringify({ v: 1, ...body }),
    issueReceipt: false,
  });
}

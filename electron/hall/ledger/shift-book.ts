// The ledger's side of shifts: a shift is its entries (opened by a cashIn 'open', closed
// by a shiftClose), so whether a window has an open shift, and what that shift took, are
// read from the ledger alone. recordPayment asks openShiftAt on every payment; the shifts
// module appends its entries through appendCashEntry (chained, signed, anchored in the
// audit log like a payment) and reads its takings through shiftEntries.
import type { Db } from '../db/open.ts';
import type { HandlerEnv } from '../handlers.ts';
import { dayLocks } from './day-lock.ts';
import type { TenderMethod } from '../../../shared/print-models.ts';
import { ledgerAppender, type AppendedEntry } from './append-entry.ts';
import { cashBodySchema, type CashBody, type CashEntryKind } from './cash-body.ts';

/** Exported so the query-plan test explains exactly these. */
export const SHIFT_SQL = {
  mark: `SELECT seq, kind, operator_id, at, amount_fen, body FROM ledger_entries
         WHERE window_no = ? AND kind IN ('cashIn', 'shiftClose') ORDER BY seq DESC LIMIT 1`,
  entry: 'SELECT seq, kind, at, operator_id, amount_fen, body FROM ledger_entries WHERE seq = ?',
  since: `SELECT seq, kind, at, receipt_no, operator_id, approver_id, amount_fen, body FROM ledger_entries
          WHERE window_no = ? AND seq >= ? AND seq <= ? ORDER BY seq`,
  marksAfter: `SELECT seq, kind FROM ledger_entries WHERE window_no = ? AND kind IN ('cashIn', 'shiftClose') AND seq > ? ORDER BY seq`,
  openingsOfDay: `SELECT seq, window_no, body FROM ledger_entries WHERE business_date = ? AND kind = 'cashIn' ORDER BY seq`,
} as const;

export interface OpenShift {
  /** seq of the opening entry: the shift's number */
  openSeq: number;
  windowNo: number;
  operatorId: number;
  cashier: { code: string; name: string };
  openedAt: string;
  floatFen: number;
}

export interface ShiftEntry {
  seq: number;
  kind: string;
  at: string;
  receiptNo: string | null;
  operatorId: number;
  approverId: number | null;
  amountFen: number;
  /** payment/reversal: the tenders; cash entries: their body */
  tenders: Array<{ method: TenderMethod; amount: number }>;
  cash: CashBody | null;
}

type Row = { seq: number; kind: string; at: string; operator_id: number; amount_fen: number; body: string };

export function shiftBook(db: Db) {
  const mark = db.prepare(SHIFT_SQL.mark);
  const entry = db.prepare(SHIFT_SQL.entry);
  const since = db.prepare(SHIFT_SQL.since);
  const marksAfter = db.prepare(SHIFT_SQL.marksAfter);
  const openingsOfDay = db.prepare(SHIFT_SQL.openingsOfDay);
  const opening = (seq: number, windowNo: number): OpenShift => {
    const row = entry.get(seq) as Row;
    const body = cashBodySchema.parse(JSON.parse(row.body));
    return { openSeq: row.seq, windowNo, operatorId: row.operator_id, cashier: body.cashier, openedAt: row.at, floatFen: row.amount_fen };
  };
  return {
    /** The shift open at a window, or null: its newest shift mark is an opening or a top-up. */
    openShiftAt(windowNo: number): OpenShift | null {
      const last = mark.get(windowNo) as Row | undefined;
      if (!last || last.kind === 'shiftClose') return null;
      const body = cashBodySchema.parse(JSON.parse(last.body));
      return body.type === 'open' ? opening(last.seq, windowNo) : 'shift' in body ? opening(body.shift, windowNo) : null;
    },
    /** A shift's opening, closed or not. */
    shiftOpening(openSeq: number, windowNo: number): OpenShift | null {
      const row = entry.get(openSeq) as Row | undefined;
      if (!row || row.kind !== 'cashIn') return null;
      const body = cashBodySchema.parse(JSON.parse(row.body));
      return body.type === 'open' ? opening(openSeq, windowNo) : null;
    },
    /** The seq of the shift's close, or null while it is open. */
    closeOf(windowNo: number, openSeq: number): number | null {
      for (const m of marksAfter.iterate(windowNo, openSeq) as IterableIterator<{ seq: number; kind: string }>) if (m.kind === 'shiftClose') return m.seq;
      return null;
    },
    /** The shifts opened on a business day: [opening seq, window]. */
    openedOn(date: string): Array<{ openSeq: number; windowNo: number }> {
      const rows = openingsOfDay.all(date) as Array<{ seq: number; window_no: number; body: string }>;
      return rows.filter((r) => cashBodySchema.parse(JSON.parse(r.body)).type === 'open').map((r) => ({ openSeq: r.seq, windowNo: r.window_no }));
    },
    /** Every entry at the window from the shift's opening to `toSeq` (its close, or the head). */
    shiftEntries(windowNo: number, openSeq: number, toSeq = Number.MAX_SAFE_INTEGER): ShiftEntry[] {
      const rows = since.all(windowNo, openSeq, toSeq) as Array<Row & { receipt_no: string | null; approver_id: number | null }>;
      return rows.map((r) => {
        const body = JSON.parse(r.body) as { tenders?: Array<{ method: TenderMethod; amount: number }> };
        const isCash = r.kind === 'cashIn' || r.kind === 'cashOut' || r.kind === 'shiftClose';
        return {
          seq: r.seq,
          kind: r.kind,
          at: r.at,
          receiptNo: r.receipt_no,
          operatorId: r.operator_id,
          approverId: r.approver_id,
          amountFen: r.amount_fen,
          tenders: isCash ? [] : (body.tenders ?? []).map((t) => ({ method: t.method, amount: t.amount })),
          cash: isCash ? cashBodySchema.parse(body) : null,
        };
      });
    },
  };
}
export type ShiftBook = ReturnType<typeof shiftBook>;

/**
 * Appends a shift's own entry (no receipt number: it is not a receipt) inside the command's
 * transaction, with the audit line that anchors its seq and hash.
 */
export function appendCashEntry(
  env: HandlerEnv,
  entry: { kind: CashEntryKind; windowNo: number; amountFen: number; approverId: number | null; body: CashBody },
  audit: { action: string; details: Record<string, unknown> },
): AppendedEntry {
  const { caller, now, config } = env;
  if (!caller.operator) throw new Error('a shift entry needs an operator');
  const appended = ledgerAppender(env.db)({
    kind: entry.kind,
    at: now.toISOString(),
    business_date: dayLocks(env.db).openDayOf(now, config.timeZone),
    terminal_id: caller.terminalId,
    window_no: entry.windowNo,
    operator_id: caller.operator.id,
    approver_id: entry.approverId,
    account_id: null,
    amount_fen: entry.amountFen,
    reverses_seq: null,
    idempotency_key: null,
    request_hash: null,
    body: JSON.stringify(cashBodySchema.parse(entry.body)),
    issueReceipt: false,
  });
  env.audit({ action: audit.action, subject: `window ${entry.windowNo}`, details: { seq: appended.seq, hash: appended.hash, ...audit.details } });
  return appended;
}

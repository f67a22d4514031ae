// The one way a hall module asks for something to be printed: inside its own
// transaction, before commit. The printing module picks pending jobs up after commit.
import type { Db } from '../db/open.ts';
import type { DaySummaryModel, ReceiptModel, ShiftReportModel, TicketSlipModel } from '../../../shared/print-models.ts';

export type PrintMark = 'reprint' | 'reversed';

export type PrintJobRequest =
  | { kind: 'receipt'; target: string; payload: ReceiptModel; openDrawer: boolean; marks?: PrintMark[]; reprintOf?: number }
  | { kind: 'ticket'; target: string; payload: TicketSlipModel; openDrawer?: false; marks?: PrintMark[]; reprintOf?: number }
  | { kind: 'shiftReport'; target: string; payload: ShiftReportModel; openDrawer?: false; marks?: PrintMark[]; reprintOf?: number }
  | { kind: 'daySummary'; target: string; payload: DaySummaryModel; openDrawer?: false; marks?: PrintMark[]; reprintOf?: number };

export function printTargetForWindow(windowNo: number): string {
  return `window:${windowNo}`;
}

/** Records a print job in the caller's transaction and returns its id. */
export function enqueuePrintJob(db: Db, job: PrintJobRequest, now: Date): number {
  const at = now.toISOString();
  const info = db
    .prepare('INSERT INTO print_jobs (created_at, kind, target, payload, open_drawer, marks, updated_at, reprint_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(at, job.kind, job.target, JSON.stringify(job.payload), job.openDrawer ? 1 : 0, JSON.stringify(job.marks ?? []), at, job.reprintOf ?? null);
  return Number(info.lastInsertRowid);
}

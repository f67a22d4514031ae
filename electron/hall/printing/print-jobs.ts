// The print outbox as the printing module reads and updates it. (print_jobs is an outbox,
// not the ledger: its status moves pending → printing → printed | failed; the payment it
// prints never changes.)
import type { Db } from '../db/open.ts';
import type { PrintKind } from '../../../shared/print-models.ts';
import type { PrintMark } from './outbox.ts';
import { printerConfigSchema, type PrinterConfig } from '../../../shared/api/printing.api.ts';

export interface PrintJobRow {
  id: number;
  created_at: string;
  kind: PrintKind;
  target: string;
  payload: string;
  open_drawer: number;
  status: 'pending' | 'printing' | 'printed' | 'failed';
  attempts: number;
  last_error: string | null;
  marks: string;
  reprint_of: number | null;
}

export interface FailureNote {
  key: string;
  params: Record<string, string | number>;
  uncertain: boolean;
}

export function jobMarks(job: PrintJobRow): PrintMark[] {
  return JSON.parse(job.marks) as PrintMark[];
}

export function failureOf(job: PrintJobRow): FailureNote | null {
  return job.last_error ? (JSON.parse(job.last_error) as FailureNote) : null;
}

export function documentNo(job: PrintJobRow): string | null {
  const payload = JSON.parse(job.payload) as { receiptNo?: string; ticketNo?: string };
  return payload.receiptNo ?? payload.ticketNo ?? null;
}

/** The print worker's and the reprint panel's statements; exported so the query-plan tests explain exactly these. */
export const PRINT_JOBS_HOT_SQL = {
  pending: "SELECT * FROM print_jobs WHERE status = 'pending' ORDER BY id",
  // A job is in the reprint queue while it failed and no reprint of it is waiting or printed.
  reprintQueue: `
    SELECT j.* FROM print_jobs j
    WHERE j.status = 'failed' AND (? IS NULL OR j.target = ?)
      AND NOT EXISTS (SELECT 1 FROM print_jobs r WHERE r.reprint_of = j.id AND r.status IN ('pending', 'printing', 'printed'))
    ORDER BY j.id`,
} as const;

export function printJobs(db: Db) {
  const byId = db.prepare('SELECT * FROM print_jobs WHERE id = ?');
  const pending = db.prepare(PRINT_JOBS_HOT_SQL.pending);
  const start = db.prepare("UPDATE print_jobs SET status = 'printing', attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'pending'");
  const printed = db.prepare("UPDATE print_jobs SET status = 'printed', last_error = NULL, updated_at = ? WHERE id = ?");
  const failed = db.prepare("UPDATE print_jobs SET status = 'failed', last_error = ?, updated_at = ? WHERE id = ?");
  const queue = db.prepare(PRINT_JOBS_HOT_SQL.reprintQueue);
  const printer = db.prepare('SELECT config FROM printers WHERE target = ?').pluck();
  return {
    byId: (id: number) => byId.get(id) as PrintJobRow | undefined,
    pending: () => pending.all() as PrintJobRow[],
    start: (id: number, at: Date) => start.run(at.toISOString(), id).changes === 1,
    printed: (id: number, at: Date) => printed.run(at.toISOString(), id),
    failed: (id: number, note: FailureNote, at: Date) => failed.run(JSON.stringify(note), at.toISOString(), id),
    queue: (target: string | null) => queue.all(target, target) as PrintJobRow[],
    printerFor(target: string): PrinterConfig | null {
      const raw = printer.get(target) as string | undefined;
      return raw === undefined ? null : printerConfigSchema.parse(JSON.parse(raw));
    },
  };
}
export type PrintJobs = ReturnType<typeof printJobs>;

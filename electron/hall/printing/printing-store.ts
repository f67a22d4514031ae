// The printing module's store: the only code that reads or writes print_jobs and printers.
// (print_jobs is an outbox, not the ledger: its status moves pending → printing → printed |
// failed; the payment it prints never changes.) Other modules put jobs in it through
// HandlerEnv.print, inside their own transaction.
import type { Db } from '../db/open.ts';
import type { PrintKind } from '../../../shared/print-models.ts';
import type { PrintJobRequest, PrintMark } from '../print-request.ts';
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
  const firstReceiptJob = db.prepare("SELECT * FROM print_jobs WHERE kind = 'receipt' AND json_extract(payload, '$.receiptNo') = ? AND reprint_of IS NULL ORDER BY id LIMIT 1");
  const interrupted = db.prepare("SELECT * FROM print_jobs WHERE status = 'printing'");
  return {
    enqueue: (job: PrintJobRequest, now: Date) => enqueuePrintJob(db, job, now),
    /** The job that first printed a receipt (a reprint copies it). */
    firstReceiptJob: (receiptNo: string) => firstReceiptJob.get(receiptNo) as PrintJobRow | undefined,
    /** Jobs a crash left half-done. */
    interrupted: () => interrupted.all() as PrintJobRow[],
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
    printers: () =>
      (db.prepare('SELECT target, config FROM printers ORDER BY target').all() as Array<{ target: string; config: string }>).map((r) => ({
        target: r.target,
        config: printerConfigSchema.parse(JSON.parse(r.config)),
      })),
    /** Sets a target's printer; returns its config before (for the audit). */
    configure(target: string, config: PrinterConfig, now: Date): unknown {
      const before = db.prepare('SELECT config FROM printers WHERE target = ?').pluck().get(target) as string | undefined;
      db.prepare('INSERT INTO printers (target, config, updated_at) VALUES (?, ?, ?) ON CONFLICT(target) DO UPDATE SET config = excluded.config, updated_at = excluded.updated_at').run(
        target,
        JSON.stringify(config),
        now.toISOString(),
      );
      return before === undefined ? null : JSON.parse(before);
    },
  };
}
export type PrintJobs = ReturnType<typeof printJobs>;

/** Records a print job in the caller's transaction and returns its id. */
export function enqueuePrintJob(db: Db, job: PrintJobRequest, now: Date): number {
  const at = now.toISOString();
  const info = db
    .prepare('INSERT INTO print_jobs (created_at, kind, target, payload, open_drawer, marks, updated_at, reprint_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(at, job.kind, job.target, JSON.stringify(job.payload), job.openDrawer ? 1 : 0, JSON.stringify(job.marks ?? []), at, job.reprintOf ?? null);
  return Number(info.lastInsertRowid);
}

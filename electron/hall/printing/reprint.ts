// 补打: a failed job is printed again from the reprint queue, or a receipt is printed again on
// request. A reprint copies the original job with its marks: 补打 always (when the original
// may have printed in part, or on request), 已冲正 when the ledger says the receipt was reversed.
import type { HandlerEnv } from '../handlers.ts';
import type { PrintMark } from '../print-request.ts';
import { receiptOf } from '../ledger/index.ts';
import { failureOf, jobMarks, documentNo, type PrintJobRow, type PrintJobs } from './printing-store.ts';
import { printingError, targetFor } from './print-targets.ts';

function reprintJob(jobs: PrintJobs, env: HandlerEnv, original: PrintJobRow, marks: PrintMark[], openDrawer = false) {
  const id = jobs.enqueue({ kind: original.kind, target: original.target, payload: JSON.parse(original.payload) as never, openDrawer, marks, reprintOf: original.id } as never, env.now);
  env.audit({ action: 'printing.reprint', subject: documentNo(original) ?? `job ${original.id}`, details: { jobId: id, of: original.id, marks } });
  return { jobId: id, marks };
}

export function reprintFailedJob(jobs: PrintJobs, env: HandlerEnv, jobId: number) {
  const job = jobs.byId(jobId);
  if (!job || !jobs.queue(job.target).some((j) => j.id === job.id)) throw printingError('notInQueue', { id: jobId });
  if (env.caller.role !== 'manager') targetFor(env, job.target);
  const marks = new Set<PrintMark>(jobMarks(job));
  const uncertain = failureOf(job)?.uncertain ?? false;
  if (uncertain) marks.add('reprint');
  // The drawer kick is the first thing a cash receipt sends: if no byte left, the drawer never
  // opened and the cashier still needs it for the change, so this print opens it (docs/printing.md).
  return reprintJob(jobs, env, job, [...marks], job.open_drawer === 1 && !uncertain);
}

export function reprintReceipt(jobs: PrintJobs, env: HandlerEnv, receiptNo: string) {
  const original = jobs.firstReceiptJob(receiptNo);
  if (!original) throw printingError('noReceipt', { receiptNo });
  if (env.caller.role !== 'manager') targetFor(env, original.target);
  const reversed = receiptOf(env.db, receiptNo, env.config)?.reversedBy ?? null;
  return reprintJob(jobs, env, original, reversed ? ['reprint', 'reversed'] : ['reprint']);
}

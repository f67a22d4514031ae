// A receipt just issued, as the counter shows it after the commit: the paper's preview and
// where its print job stands, in one call (the job itself prints after the commit, so its
// state then follows from printing.jobPrinted / jobFailed).
import type { HandlerEnv } from '../handlers.ts';
import type { Output } from '../../../shared/api/index.ts';
import type { PaperWidth } from '../../../shared/print-models.ts';
import { translate } from '../i18n.ts';
import { printDocument } from './print-document.ts';
import { layoutFor } from './layouts/index.ts';
import { renderSvg } from './render.ts';
import { failureOf, jobMarks, type PrintJobRow, type PrintJobs } from './printing-store.ts';
import { printingError, targetFor } from './print-targets.ts';

export function previewOf(jobs: PrintJobs, env: HandlerEnv, job: PrintJobRow, paperWidth: PaperWidth | null): { svg: string; paperWidth: number } {
  const width = paperWidth ?? jobs.printerFor(job.target)?.paperWidth ?? 80;
  return { svg: renderSvg(layoutFor(job.kind, printDocument(env.db, env.config, job), jobMarks(job), width), width), paperWidth: width };
}

export function receiptJob(jobs: PrintJobs, env: HandlerEnv, receiptNo: string): Output<'printing.receiptJob'> {
  const job = jobs.firstReceiptJob(receiptNo);
  if (!job) throw printingError('noReceipt', { receiptNo });
  if (env.caller.role !== 'manager') targetFor(env, job.target);
  const failure = job.status === 'failed' ? failureOf(job) : null;
  return {
    jobId: job.id,
    status: job.status,
    reason: failure ? translate(env.caller.locale, `printing:status.${failure.key}`, failure.params) : null,
    uncertain: failure?.uncertain ?? false,
    ...previewOf(jobs, env, job, null),
  };
}

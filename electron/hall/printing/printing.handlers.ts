// The printing part of the contract: the reprint queue, reprints, previews, the printer
// check and the printers' settings.
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { DomainError } from '../../../shared/errors.ts';
import { translate } from '../i18n.ts';
import { printJobs, failureOf, documentNo } from './printing-store.ts';
import { previewOf, receiptJob } from './receipt-job.ts';
import { targetFor, printingError } from './print-targets.ts';
import { fileFolderInside, printedFolderOf } from './transports/printed-folder.ts';
import { reprintFailedJob, reprintReceipt } from './reprint.ts';
import { checkPrinter } from './check-printer.ts';

export function printingHandlers(services: HallServices): HandlersOf<'printing'> {
  const jobs = printJobs(services.db);
  const place = { printedFolder: printedFolderOf(services.config.dbPath) };
  return {
    'printing.queue': (input, env) => {
      const target = targetFor(env, input.target);
      if (target === null && env.caller.role !== 'manager') return { jobs: [] };
      return {
        jobs: jobs.queue(target).map((job) => {
          const failure = failureOf(job);
          return {
            id: job.id,
            kind: job.kind,
            target: job.target,
            createdAt: job.created_at,
            attempts: job.attempts,
            reason: failure ? translate(env.caller.locale, `printing:status.${failure.key}`, failure.params) : '',
            uncertain: failure?.uncertain ?? false,
            documentNo: documentNo(job),
          };
        }),
      };
    },
    'printing.reprint': (input, env) => reprintFailedJob(jobs, env, input.jobId),
    'printing.reprintReceipt': (input, env) => reprintReceipt(jobs, env, input.receiptNo),
    'printing.preview': (input, env) => {
      const job = jobs.byId(input.jobId);
      if (!job) throw new DomainError('not_found', { jobId: input.jobId }, { key: 'errors:notFound.printJob' });
      return previewOf(jobs, env, job, input.paperWidth);
    },
    'printing.receiptJob': (input, env) => receiptJob(jobs, env, input.receiptNo),
    'printing.printerStatus': (input, env) => checkPrinter(jobs, env, input.target, place),
    'printing.printers': () => ({ printers: jobs.printers() }),
    'printing.configurePrinter': (input, env) => {
      // the zod schema cannot know the hall's folder; the transport checks again at every job
      if (input.config.transport === 'file' && fileFolderInside(place.printedFolder, input.config.dir) === null) throw printingError('fileDirOutside', { dir: input.config.dir });
      const before = jobs.configure(input.target, input.config, env.now);
      env.audit({ action: 'printing.printerConfigured', subject: input.target, details: { before, after: input.config } });
      return { ok: true };
    },
  };
}

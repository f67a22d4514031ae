import type { Handlers, HallServices, HandlerEnv } from '../handlers.ts';
import { DomainError } from '../../../shared/errors.ts';
import { translate } from '../i18n.ts';
import { printJobs, jobMarks, failureOf, documentNo, type PrintJobRow } from './print-jobs.ts';
import { enqueuePrintJob, printTargetForWindow, type PrintMark } from './outbox.ts';
import { layoutFor } from './layouts/index.ts';
import { renderSvg } from './render.ts';
import { transportFor } from './transports/index.ts';
import { PrintFailure } from './transports/transport.ts';
import { statusProblem } from './printer-status.ts';
import { printerConfigSchema } from '../../../shared/api/printing.api.ts';

type PrintingHandlers = Pick<
  Handlers,
  'printing.queue' | 'printing.reprint' | 'printing.reprintReceipt' | 'printing.preview' | 'printing.printerStatus' | 'printing.printers' | 'printing.configurePrinter'
>;

const err = (key: string, params: Record<string, string | number> = {}) => new DomainError('invalid_input', params, { key: `printing:errors.${key}` });

/** A cashier works with their own window's printer; a manager may name any target. */
function targetFor(env: HandlerEnv, requested: string | null): string | null {
  if (env.caller.role === 'manager') return requested ?? (env.caller.windowNo !== null ? printTargetForWindow(env.caller.windowNo) : null);
  if (env.caller.windowNo === null) return null;
  const own = printTargetForWindow(env.caller.windowNo);
  if (requested !== null && requested !== own) throw err('otherWindow');
  return own;
}

function reprintJob(env: HandlerEnv, original: PrintJobRow, marks: PrintMark[], openDrawer = false) {
  const id = enqueuePrintJob(env.db, { kind: original.kind, target: original.target, payload: JSON.parse(original.payload) as never, openDrawer, marks, reprintOf: original.id } as never, env.now);
  env.audit({ action: 'printing.reprint', subject: documentNo(original) ?? `job ${original.id}`, details: { jobId: id, of: original.id, marks } });
  return { jobId: id, marks };
}

export function printingHandlers(services: HallServices): PrintingHandlers {
  const { db } = services;
  const jobs = printJobs(db);
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
    'printing.reprint': (input, env) => {
      const job = jobs.byId(input.jobId);
      if (!job || !jobs.queue(job.target).some((j) => j.id === job.id)) throw err('notInQueue', { id: input.jobId });
      if (env.caller.role !== 'manager') targetFor(env, job.target);
      const marks = new Set<PrintMark>(jobMarks(job));
      const uncertain = failureOf(job)?.uncertain ?? false;
      if (uncertain) marks.add('reprint');
      // The drawer kick is the first thing a cash receipt sends: if no byte left, the drawer never
      // opened and the cashier still needs it for the change, so this print opens it (docs/printing.md).
      return reprintJob(env, job, [...marks], job.open_drawer === 1 && !uncertain);
    },
    'printing.reprintReceipt': (input, env) => {
      const original = db.prepare("SELECT * FROM print_jobs WHERE kind = 'receipt' AND json_extract(payload, '$.receiptNo') = ? AND reprint_of IS NULL ORDER BY id LIMIT 1").get(input.receiptNo) as PrintJobRow | undefined;
      if (!original) throw err('noReceipt', { receiptNo: input.receiptNo });
      if (env.caller.role !== 'manager') targetFor(env, original.target);
      const reversed = db.prepare('SELECT 1 FROM ledger_entries r JOIN ledger_entries p ON r.reverses_seq = p.seq WHERE p.receipt_no = ?').get(input.receiptNo);
      return reprintJob(env, original, reversed ? ['reprint', 'reversed'] : ['reprint']);
    },
    'printing.preview': (input) => {
      const job = jobs.byId(input.jobId);
      if (!job) throw new DomainError('not_found', { what: `print job ${input.jobId}` });
      const width = input.paperWidth ?? jobs.printerFor(job.target)?.paperWidth ?? 80;
      return { svg: renderSvg(layoutFor(job.kind, JSON.parse(job.payload), jobMarks(job), width), width), paperWidth: width };
    },
    'printing.printerStatus': async (input, env) => {
      const target = targetFor(env, input.target) ?? 'office';
      const config = jobs.printerFor(target);
      if (!config) return { target, configured: false, transport: null, status: null, problem: translate(env.caller.locale, 'printing:status.notConfigured', { target }) };
      try {
        const status = await transportFor(config).status();
        const problem = status ? statusProblem(status) : null;
        const nearEnd = status?.paperNearEnd ? 'paperNearEnd' : null;
        const key = problem ?? nearEnd;
        return { target, configured: true, transport: config.transport, status, problem: key ? translate(env.caller.locale, `printing:status.${key}`) : null };
      } catch (error) {
        if (!(error instanceof PrintFailure)) throw error;
        return { target, configured: true, transport: config.transport, status: null, problem: translate(env.caller.locale, `printing:status.${error.key}`, error.params) };
      }
    },
    'printing.printers': () => {
      const rows = db.prepare('SELECT target, config FROM printers ORDER BY target').all() as Array<{ target: string; config: string }>;
      return { printers: rows.map((r) => ({ target: r.target, config: printerConfigSchema.parse(JSON.parse(r.config)) })) };
    },
    'printing.configurePrinter': (input, env) => {
      const before = db.prepare('SELECT config FROM printers WHERE target = ?').pluck().get(input.target) ?? null;
      db.prepare('INSERT INTO printers (target, config, updated_at) VALUES (?, ?, ?) ON CONFLICT(target) DO UPDATE SET config = excluded.config, updated_at = excluded.updated_at').run(
        input.target,
        JSON.stringify(input.config),
        env.now.toISOString(),
      );
      env.audit({ action: 'printing.printerConfigured', subject: input.target, details: { before: before === null ? null : JSON.parse(before as string), after: input.config } });
      return { ok: true };
    },
  };
}

// Prints what the outbox holds, after the business transaction committed. One job at a
// time per printer, in order; a failure never blocks the counter: the job is marked failed
// with its reason (and whether part of it may have printed) and waits in the reprint queue,
// and the next job goes ahead. Jobs left "printing" by a crash are failed as uncertain.
import type { HallServices } from '../handlers.ts';
import type { Stop } from '../module.ts';
import { layoutFor } from './layouts/index.ts';
import { printDocument } from './print-document.ts';
import { renderEscPos, renderSvg } from './render.ts';
import { printJobs, jobMarks, documentNo, type FailureNote, type PrintJobRow } from './printing-store.ts';
import { transportFor } from './transports/index.ts';
import { printedFolderOf } from './transports/printed-folder.ts';
import { PrintFailure } from './transports/transport.ts';
import { statusProblem } from './printer-status.ts';
import { printTargetWords } from '../../../shared/print-models.ts';

const POLL_MS = 500;

export interface PrintWorker {
  /** Look for pending jobs now (called after commits). */
  kick(): void;
  /** Resolves when no job is pending or printing (tests, shutdown). */
  idle(): Promise<void>;
  /** Fails what a crash left half-printed, then prints as jobs arrive until the returned stop. */
  start(): Stop;
}

export function createPrintWorker(services: Pick<HallServices, 'db' | 'clock' | 'bus' | 'config'>): PrintWorker {
  const { db, clock, bus, config: hallConfig } = services;
  const jobs = printJobs(db);
  const place = { printedFolder: printedFolderOf(hallConfig.dbPath) };
  const at = () => clock.now();
  const busy = new Set<string>();
  const running = new Set<Promise<void>>();
  let started = false;
  let stopped = false;

  // A customer stands at the kiosk waiting for the slip: the kiosk and the staff hear at once.
  const kioskSlip = (job: PrintJobRow) => (job.kind === 'ticket' && job.target.startsWith('kiosk:') ? documentNo(job) : null);
  const fail = (job: PrintJobRow, note: FailureNote) => {
    jobs.failed(job.id, note, at());
    bus.publish('printing.jobFailed', { jobId: job.id, target: job.target, kind: job.kind, reasonKey: note.key, uncertain: note.uncertain }, at());
    const ticketNo = kioskSlip(job);
    if (ticketNo) bus.publish('printing.kioskSlipFailed', { jobId: job.id, target: job.target, ticketNo, reasonKey: note.key, uncertain: note.uncertain }, at());
  };

  async function print(job: PrintJobRow): Promise<void> {
    const config = jobs.printerFor(job.target);
    if (!config) return fail(job, { key: 'notConfigured', params: printTargetWords(job.target), uncertain: false });
    const transport = transportFor(config, place);
    try {
      const status = await transport.status();
      const problem = status ? statusProblem(status) : null;
      if (problem) return fail(job, { key: problem, params: {}, uncertain: false });
      const doc = layoutFor(job.kind, printDocument(db, hallConfig, job), jobMarks(job), config.paperWidth);
      const bytes = renderEscPos(doc, config.paperWidth, { openDrawer: job.open_drawer === 1 });
      if (transport.sendNamed) await transport.sendNamed(`${job.kind}-${String(job.id).padStart(6, '0')}`, bytes, renderSvg(doc, config.paperWidth));
      else await transport.send(bytes);
      jobs.printed(job.id, at());
      bus.publish('printing.jobPrinted', { jobId: job.id, target: job.target, kind: job.kind }, at());
      const ticketNo = kioskSlip(job);
      if (ticketNo) bus.publish('printing.kioskSlipPrinted', { jobId: job.id, target: job.target, ticketNo }, at());
    } catch (error) {
      if (error instanceof PrintFailure) return fail(job, { key: error.key, params: error.params, uncertain: error.uncertain });
      console.error(`[printing] job ${job.id} failed:`, error);
      fail(job, { key: 'unreachable', params: { detail: (error as Error).message }, uncertain: false });
    }
  }

  function kick(): void {
    if (!started || stopped || !db.open) return;
    for (const job of jobs.pending()) {
      if (busy.has(job.target)) continue;
      if (!jobs.start(job.id, at())) continue;
      busy.add(job.target);
      const run = print(job).finally(() => {
        busy.delete(job.target);
        running.delete(run);
        kick();
      });
      running.add(run);
    }
  }

  return {
    kick,
    async idle() {
      for (;;) {
        kick();
        if (!started || stopped || running.size === 0 && jobs.pending().length === 0) return;
        await Promise.race([...running, new Promise((r) => setTimeout(r, 20))]);
      }
    },
    start() {
      started = true;
      for (const job of jobs.interrupted()) jobs.failed(job.id, { key: 'interrupted', params: {}, uncertain: true }, at());
      const timer = setInterval(kick, POLL_MS);
      timer.unref();
      // Any committed event may have enqueued a job (a payment, a ticket): look at once.
      const unsubscribe = bus.subscribe((event) => {
        if (!event.name.startsWith('printing.')) queueMicrotask(kick);
      });
      queueMicrotask(kick);
      return () => {
        stopped = true;
        clearInterval(timer);
        unsubscribe();
      };
    },
  };
}

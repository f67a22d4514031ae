// The printing module's door: the only file other hall modules import.
//
// Printing owns the print outbox (print_jobs) and the printers' settings (printers): it
// prints what other modules put in the outbox (through HandlerEnv.print, inside their own
// transaction) after the commit, one job at a time per printer, and keeps failed jobs in the
// reprint queue. It asks the ledger about receipts (whether one was reversed) and never
// reads the ledger's table. Its print worker runs between the hall's start and close.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { printingHandlers } from './printing.handlers.ts';
import { createPrintWorker, type PrintWorker } from './print-worker.ts';
import { enqueuePrintJob, printJobs, documentNo } from './printing-store.ts';
import type { Db } from '../db/open.ts';
import type { PrinterConfig } from '../../../shared/api/printing.api.ts';

export function printingModule(services: HallServices): HallModule<'printing'> & { worker: PrintWorker | null } {
  const worker = services.config.printWorker ? createPrintWorker(services) : null;
  return { handlers: printingHandlers(services), worker, start: () => worker?.start() ?? (() => {}) };
}

export { enqueuePrintJob };
export type { PrintWorker };
export { layoutFor } from './layouts/index.ts';
export { renderEscPos, renderSvg } from './render.ts';

/** Sets a target's printer outside a call (the demo branch's file printers); calls go through printing.configurePrinter. */
export function configurePrinter(db: Db, target: string, config: PrinterConfig, now: Date): void {
  printJobs(db).configure(target, config, now);
}

/** Receipts (and other papers) still waiting in the reprint queue: the day close refuses while there are any. */
export function waitingReprints(db: Db): Array<{ kind: string; target: string; documentNo: string | null }> {
  return printJobs(db)
    .queue(null)
    .map((job) => ({ kind: job.kind, target: job.target, documentNo: documentNo(job) }));
}

// The hall service assembled: database, modules, dispatcher, event bus. Plain Node, no
// Electron: it runs inside the Electron main process or headless under `npm run serve`.
import { openDatabase, type Db } from './db/open.ts';
import { loadMigrations } from './db/migrate.ts';
import { Dispatcher } from './dispatch.ts';
import { EventBus } from './events.ts';
import type { Clock } from './clock.ts';
import { hallConfigSchema, type HallConfig, type HallConfigInput } from './config.ts';
import type { Handlers, HallServices } from './handlers.ts';
import { systemHandlers } from './system/system.handlers.ts';
import { sessionHandlers } from './auth/session.handlers.ts';
import { accountsHandlers } from './accounts/accounts.handlers.ts';
import { billingHandlers } from './billing/billing.handlers.ts';
import { printingHandlers } from './printing/printing.handlers.ts';
import { queueHandlers } from './queue/queue.handlers.ts';
import { startPrintWorker, type PrintWorker } from './printing/print-worker.ts';
import { ledgerHandlers } from './ledger/ledger.handlers.ts';

export interface Hall {
  readonly db: Db;
  readonly config: HallConfig;
  readonly clock: Clock;
  readonly bus: EventBus;
  readonly dispatcher: Dispatcher;
  readonly services: HallServices;
  /** Prints the outbox after commits; null when config.printWorker is off. */
  readonly printWorker: PrintWorker | null;
  close(): void;
}

/** One line per domain module; `Handlers` makes a forgotten module a compile error. */
function allHandlers(services: HallServices): Handlers {
  return {
    ...systemHandlers(services),
    ...sessionHandlers(services),
    ...accountsHandlers(services),
    ...billingHandlers(services),
    ...ledgerHandlers(services),
    ...printingHandlers(services),
    ...queueHandlers(services),
  };
}

/** Hooks each module may need at start-up and shutdown (workers, timers). */
export type HallModuleStart = (hall: Hall) => (() => void) | void;
const moduleStarts: HallModuleStart[] = [];

/** The clock is the caller's choice (the world's, a training shift, a test's): never a default. */
export function createHall(configInput: HallConfigInput, clock: Clock): Hall {
  const config = hallConfigSchema.parse(configInput);
  const { db, migrations } = openDatabase({ path: config.dbPath, clock });
  const bus = new EventBus();
  const services: HallServices = {
    db,
    clock,
    config,
    bus,
    startedAt: clock.now(),
    schemaVersion: migrations.current,
    migrationCount: loadMigrations().length,
  };
  const dispatcher = new Dispatcher(services, allHandlers(services));
  const stops: Array<() => void> = [];
  const hall: Hall = {
    db,
    config,
    clock,
    bus,
    dispatcher,
    services,
    printWorker: null,
    close() {
      for (const stop of stops.splice(0).reverse()) stop();
      if (db.open) db.close();
    },
  };
  if (config.printWorker) {
    const worker = startPrintWorker(hall);
    (hall as { printWorker: PrintWorker | null }).printWorker = worker;
    stops.push(() => worker.stop());
  }
  for (const start of moduleStarts) {
    const stop = start(hall);
    if (stop) stops.push(stop);
  }
  return hall;
}

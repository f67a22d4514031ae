// The hall service assembled: database, modules, dispatcher, event bus. Plain Node, no
// Electron: it runs inside the Electron main process or headless under `npm run serve`.
// Every domain module comes in through its door (index.ts) and starts and stops here.
import { openDatabase, type Db } from './db/open.ts';
import { loadMigrations } from './db/migrate.ts';
import { StorageWatch } from './db/storage-errors.ts';
import { Dispatcher } from './dispatch.ts';
import { EventBus } from './events.ts';
import type { Clock } from './clock.ts';
import { hallConfigSchema, type HallConfig, type HallConfigInput } from './config.ts';
import type { Handlers, HallServices } from './handlers.ts';
import type { Stop } from './module.ts';
import { systemModule, type IntegrityProbe } from './system/index.ts';
import { sessionModule, operatorAtWindow } from './auth/index.ts';
import { accountsModule } from './accounts/index.ts';
import { billingModule } from './billing/index.ts';
import { ledgerModule } from './ledger/index.ts';
import { printingModule, type PrintWorker } from './printing/index.ts';
import { queueModule } from './queue/index.ts';
import { staffModule } from './staff/index.ts';
import { counterModule } from './counter/index.ts';
import { shiftsModule } from './shifts/index.ts';
import { backupModule } from './backup/index.ts';
import { dayCloseModule } from './dayclose/index.ts';
import { registersModule } from './registers/index.ts';
import { pairingModule } from './pairing/index.ts';
import { openInstallationSigner, type KeyStore } from './integrity/index.ts';

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
function assemble(services: HallServices, options: HallOptions) {
  const ledger = ledgerModule(services);
  const backup = backupModule(services);
  const modules = {
    system: systemModule(services, backup.runner.status, options.integrityProbe),
    session: sessionModule(services), // session.* and security.*
    accounts: accountsModule(services),
    billing: billingModule(services, ledger),
    ledger,
    printing: printingModule(services),
    // a pause may send customers only to a window where someone is signed in: auth knows
    queue: queueModule(services, (windowNo, now) => operatorAtWindow(services, windowNo, now) !== null),
    staff: staffModule(services),
    counter: counterModule(services),
    shifts: shiftsModule(services),
    backup,
    // every day close is followed by a verified backup (when this hall keeps them)
    dayclose: dayCloseModule(services, () => void (backup.runner.folder ? backup.runner.run('dayClose') : undefined)),
    registers: registersModule(services),
    pairing: pairingModule(services),
  };
  const handlers: Handlers = {
    ...modules.system.handlers,
    ...modules.session.handlers,
    ...modules.accounts.handlers,
    ...modules.billing.handlers,
    ...modules.ledger.handlers,
    ...modules.printing.handlers,
    ...modules.queue.handlers,
    ...modules.staff.handlers,
    ...modules.counter.handlers,
    ...modules.shifts.handlers,
    ...modules.backup.handlers,
    ...modules.dayclose.handlers,
    ...modules.registers.handlers,
    ...modules.pairing.handlers,
  };
  return { modules, handlers };
}

export interface HallOptions {
  keyStore?: KeyStore;
  /** The database's integrity check behind `system.health` (tests hand in a slow or failing one). */
  integrityProbe?: IntegrityProbe;
}

/** The clock is the caller's choice (the world's, a training shift, a test's): never a default. */
export function createHall(configInput: HallConfigInput, clock: Clock, options: HallOptions = {}): Hall {
  const config = hallConfigSchema.parse(configInput);
  const { db, migrations } = openDatabase({ path: config.dbPath, clock });
  // Every ledger entry and audit row written through this connection is signed from here on.
  openInstallationSigner(db, config, clock.now(), options.keyStore);
  const bus = new EventBus();
  const services: HallServices = {
    db,
    clock,
    config,
    bus,
    startedAt: clock.now(),
    schemaVersion: migrations.current,
    migrationCount: loadMigrations().length,
    storage: new StorageWatch(),
  };
  const { modules, handlers } = assemble(services, options);
  const dispatcher = new Dispatcher(services, handlers);
  // Background work starts once everything is assembled and stops in reverse order.
  const stops: Stop[] = Object.values(modules).flatMap((module) => ('start' in module && module.start ? [module.start()] : []));
  return {
    db,
    config,
    clock,
    bus,
    dispatcher,
    services,
    printWorker: modules.printing.worker,
    close() {
      for (const stop of stops.splice(0).reverse()) stop();
      if (db.open) db.close();
    },
  };
}

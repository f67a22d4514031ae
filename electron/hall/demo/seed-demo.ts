// Everything the demo branch needs in an empty database, in one place, so `npm start`
// (Electron or browser mode) and `serve --demo` show the same branch.
import type { Hall } from '../hall.ts';
import { seedDemoBranch } from './demo-branch.ts';
import { writeDemoAccounts } from './demo-accounts.ts';
import { localDateOf, seasonOf } from '../../../shared/seasons.ts';
import { DEMO_WINDOWS } from './demo-branch.ts';
import { openDemoShifts } from './demo-shifts.ts';
import { configurePrinter } from '../printing/index.ts';

export interface DemoOptions {
  /** How many demo accounts (default 2,000: enough to search, quick to seed). */
  accounts?: number;
}

export const DEMO_SEED = 1;

/** Seeds an empty database; returns false (and changes nothing) when it already holds a branch. */
export function seedDemo(hall: Hall, options: DemoOptions = {}): boolean {
  if (!seedDemoBranch(hall)) return false;
  const now = hall.clock.now();
  const season = seasonOf(localDateOf(now, hall.config.timeZone));
  writeDemoAccounts(hall.db, options.accounts ?? 2_000, { seed: DEMO_SEED, season, now });
  configureDemoPrinters(hall, now);
  openDemoShifts(hall);
  return true;
}

/**
 * File printers: each window's receipts land as .bin (ESC/POS) + .svg in printed/<target>/
 * beside the database (a relative dir is taken inside printed/, the only folder they may use).
 */
export function configureDemoPrinters(hall: Hall, now: Date): void {
  const targets = [...DEMO_WINDOWS.map((n) => `window:${n}`), 'kiosk:main', 'office'];
  for (const target of targets) {
    const config = { transport: 'file', dir: target.replace(':', '-'), paperWidth: target.startsWith('kiosk') ? 58 : 80, timeoutMs: 5_000 } as const;
    configurePrinter(hall.db, target, config, now);
  }
}

// The hall a terminal uses, started from its configuration: embedded (this PC's own database,
// seeded with the demo branch only when asked) or the branch's host over the network.
import { join } from 'node:path';
import { createHall } from '../hall/hall.ts';
import { startHost } from '../hall/transport/host.ts';
import { seedDemo } from '../hall/demo/seed-demo.ts';
import { embeddedHallPort, remoteHallPort, type HallPort } from './hall-port.ts';
import type { TerminalConfig } from './terminal-config.ts';
import type { Clock } from '../hall/clock.ts';

export interface HallStartOptions {
  dataDir: string;
  /** The built screens the embedded host serves. */
  staticDir: string;
  /** Seed the demo branch into an empty database (`npm start`, `--demo`); never on a real installation. */
  demo: boolean;
  clock: Clock;
  /** The built app's worker threads (dist-electron/workers); null when running from the sources. */
  workersDir: string | null;
}

export async function openTerminalHall(config: TerminalConfig, options: HallStartOptions): Promise<HallPort> {
  if (config.hall.mode === 'remote') return remoteHallPort(config.hall.url, config.hall.deviceToken);
  const hall = createHall({
    dbPath: join(options.dataDir, 'counterdesk.db'),
    staticDir: options.staticDir,
    host: config.hall.listenHost,
    port: config.hall.port,
    workersDir: options.workersDir,
    // the demo's browser screens on this PC pair by themselves (said on screen); a real hall's never do
    pairing: { autoConfirmLocal: options.demo },
  }, options.clock);
  try {
    if (options.demo) seedDemo(hall);
    return embeddedHallPort(hall, await startHost(hall));
  } catch (error) {
    hall.close();
    throw error;
  }
}

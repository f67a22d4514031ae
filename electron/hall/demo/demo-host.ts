// The demo branch's hall as `npm start` runs it, in Electron or in browser mode: one
// database in the data folder, seeded when empty, on the network for displays and kiosks.
import { join } from 'node:path';
import { createHall, type Hall } from '../hall.ts';
import type { Clock } from '../clock.ts';
import { startHost, type HallHost } from '../transport/host.ts';
import { seedDemo } from './seed-demo.ts';

export async function startDemoHall(options: { dataDir: string; staticDir: string; clock: Clock; env?: NodeJS.ProcessEnv }): Promise<{ hall: Hall; host: HallHost }> {
  const env = options.env ?? process.env;
  const hall = createHall({
    dbPath: join(options.dataDir, 'counterdesk.db'),
    staticDir: options.staticDir,
    host: env.COUNTERDESK_HOST ?? '127.0.0.1',
    port: Number(env.COUNTERDESK_PORT ?? 8731),
    // the demo's screens on this computer pair by themselves (they say so); LAN devices still ask a manager
    pairing: { autoConfirmLocal: true },
  }, options.clock);
  try {
    seedDemo(hall);
    return { hall, host: await startHost(hall) };
  } catch (error) {
    hall.close();
    throw error;
  }
}

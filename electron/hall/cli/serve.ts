// `npm run serve`: the headless hall service for a small server or a host PC without a
// screen. Prints "READY <url>" once it answers, which tests and the bench wait for.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createHall } from '../hall.ts';
import { kioskTicketsPerMinuteSchema } from '../config.ts';
import { clockFromOption } from '../clock.ts';
import { startHost } from '../transport/host.ts';
import { stopOnSignals } from '../transport/stop-on-signals.ts';
import { defaultDbPath } from '../paths.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { parseCli, openHallOrSay } from './args.ts';
import { SCREEN_PATHS } from '../transport/http.ts';

const USAGE = `npm run serve -- [--db PATH] [--port N] [--host ADDR] [--demo [--pair-by-hand]] [--static DIR] [--kiosk-tickets-per-minute N]

  --db PATH     SQLite database (default: ${defaultDbPath()})
  --port N      TCP port, 0 for any free port (default 8731)
  --host ADDR   address to listen on (default 127.0.0.1; 0.0.0.0 for the LAN)
  --demo        seed the demo branch (2,000 accounts, windows 1–3, operators 1001/1002 PIN 1234, manager 9001 PIN 9999) into an empty database;
                screens opened on this computer (loopback) are paired at once, as they ask (they say so)
  --pair-by-hand  with --demo: screens on this computer too wait for a manager to confirm their pairing code
  --static DIR  built screens to serve (default: dist/renderer when it exists)
  --clock ISO   run the hall's clock from this instant (training, end-to-end tests); time still flows
  --kiosk-tickets-per-minute N
                tickets one kiosk may issue in any minute, 1–600 (default 12; staff issuing is not limited; docs/pairing.md)`;

const DEFAULT_STATIC = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

const options = parseCli(
  process.argv.slice(2),
  {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    demo: { type: 'boolean' },
    'pair-by-hand': { type: 'boolean' },
    static: { type: 'string' },
    clock: { type: 'string' },
    'kiosk-tickets-per-minute': { type: 'string' },
    help: { type: 'boolean' },
  },
  z.object({
    db: z.string().default(defaultDbPath()),
    port: z.coerce.number().int().min(0).max(65535).default(8731),
    host: z.string().default('127.0.0.1'),
    demo: z.boolean().default(false),
    'pair-by-hand': z.boolean().default(false),
    static: z.string().optional(),
    clock: z.iso.datetime().optional(),
    // absent: the hall's own default (config.ts)
    'kiosk-tickets-per-minute': z.coerce.number().pipe(kioskTicketsPerMinuteSchema).optional(),
    help: z.boolean().optional(),
  }),
  USAGE,
);

const staticDir = options.static ?? (existsSync(DEFAULT_STATIC) ? DEFAULT_STATIC : null);
const hall = openHallOrSay(() => createHall(
    // the demo pairs the screens of this computer by itself; a real hall never does (docs/pairing.md)
    {
      dbPath: options.db,
      host: options.host,
      port: options.port,
      staticDir,
      pairing: { autoConfirmLocal: options.demo && !options['pair-by-hand'] },
      kioskTicketsPerMinute: options['kiosk-tickets-per-minute'],
    },
    clockFromOption(options.clock),
  ));
if (options.demo && seedDemo(hall)) {
  console.log('demo branch seeded (2,000 accounts; operators 1001/1002 PIN 1234, manager 9001 PIN 9999)');
}
const host = await startHost(hall);

console.log(`CounterDesk hall service: ${host.url}  (database ${options.db})`);
if (staticDir) for (const path of SCREEN_PATHS) console.log(`  ${path.slice(1).padEnd(9)} ${host.url}${path}`);
else console.log('  screens not built: run `npm run build:renderer` to serve them');
console.log(`READY ${host.url}`);

stopOnSignals(host, hall);

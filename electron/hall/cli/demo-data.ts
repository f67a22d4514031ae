// `npm run demo-data -- --accounts N --out PATH`: a deterministic demo branch, either as a
// complete hall database (.db) or as a head office export to import (.csv, .xlsx).
import { existsSync, rmSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { z } from 'zod';
import { parseCli } from './args.ts';
import { createHall } from '../hall.ts';
import { clockFromOption } from '../clock.ts';
import { seedDemoBranch } from '../demo/demo-branch.ts';
import { writeDemoAccounts } from '../demo/demo-accounts.ts';
import { writeDemoExport } from '../demo/demo-export.ts';
import { seasonOf, seasonSchema } from '../../../shared/seasons.ts';
import { progressBar } from './progress.ts';
import { withSecondaryIndexesDeferred } from '../db/bulk-load.ts';

const usage = `usage: npm run demo-data -- --accounts N --out PATH[.db|.csv|.xlsx] [--seed S] [--season 2026-2027] [--clock ISO] [--force]`;
const args = parseCli(
  process.argv.slice(2),
  {
    accounts: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    season: { type: 'string' },
    clock: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean' },
  },
  z.object({
    accounts: z.coerce.number().int().min(1).max(5_000_000),
    out: z.string().refine((p) => ['.db', '.csv', '.xlsx'].includes(extname(p).toLowerCase()), 'must end in .db, .csv or .xlsx'),
    seed: z.coerce.number().int().min(0).max(2 ** 32 - 1),
    season: seasonSchema.optional(),
    clock: z.iso.datetime().optional(),
    force: z.boolean(),
  }),
  usage,
);

const out = resolve(args.out);
// the generated charges and the season default to "now": the world's, or the one asked for
const clock = clockFromOption(args.clock);
const now = clock.now();
const season = args.season ?? seasonOf(now.toISOString().slice(0, 10));
if (existsSync(out)) {
  if (!args.force) {
    console.error(`${out} exists; pass --force to replace it`);
    process.exit(1);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(out + suffix, { force: true });
}
const started = performance.now();
const progress = progressBar(process.stderr, `${args.accounts.toLocaleString('en')} accounts`);
const ext = extname(out).toLowerCase();
if (ext === '.db') {
  const hall = createHall({ dbPath: out, printWorker: false }, clock);
  try {
    seedDemoBranch(hall);
    // A generated file, not a ledger: if the generator dies the file is simply made again,
    // so the bulk load may skip the fsyncs the hall insists on for payments.
    // A big page cache keeps the seven search indexes in memory while they grow.
    hall.db.pragma('wal_checkpoint(TRUNCATE)');
    hall.db.pragma('journal_mode = OFF');
    hall.db.pragma('synchronous = OFF');
    hall.db.pragma('cache_size = -1000000');
    withSecondaryIndexesDeferred(hall.db, ['accounts', 'charges'], () =>
      writeDemoAccounts(hall.db, args.accounts, { seed: args.seed, season, now, onProgress: progress.update }),
    );
    hall.db.pragma('journal_mode = WAL');
    hall.db.pragma('synchronous = FULL');
  } finally {
    hall.close();
  }
} else {
  await writeDemoExport(out, args.accounts, { seed: args.seed, season, onProgress: progress.update });
}
progress.done();
console.log(`${out}: ${args.accounts} accounts (seed ${args.seed}, season ${season}) in ${Math.round((performance.now() - started) / 100) / 10} s`);

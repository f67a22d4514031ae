// `npm run restore -- --from FILE [--db PATH]`: puts a backup back while the hall is stopped.
// The backup is checked first (SQLite's integrity check, the ledger's verify: hashes,
// signatures, receipt series, audit chain) and a broken one is refused with nothing touched;
// the database it replaces is kept beside it as <db>.before-restore-<time>.
// Exit 0 restored, 1 refused (broken backup, hall still running), 2 bad arguments.
import { z } from 'zod';
import { parseCli } from './args.ts';
import { restoreBackup } from '../backup/index.ts';
import { defaultDbPath } from '../paths.ts';
import { clockFromOption } from '../clock.ts';
import { say } from './say.ts';

const usage = `usage: npm run restore -- --from FILE [--db PATH]
  --from FILE   a backup (backups/counterdesk-<time>.db, a copy on a USB stick …)
  --db PATH     the database to replace (default: ${defaultDbPath()}); stop the hall first
  --clock ISO   the time the kept file is named after (default: now)`;

const args = parseCli(
  process.argv.slice(2),
  { from: { type: 'string' }, db: { type: 'string' }, clock: { type: 'string' }, help: { type: 'boolean' } },
  z.object({ from: z.string().min(1), db: z.string().default(defaultDbPath()), clock: z.iso.datetime().optional() }),
  usage,
);

const outcome = await restoreBackup(args.from, args.db, clockFromOption(args.clock).now());
if (outcome.ok) {
  console.log(say('restore.restored', { file: outcome.restored }));
  console.log(`  ${say('restore.ledger', { entries: outcome.entries, seq: outcome.headSeq, hash: outcome.headHash })}`);
  if (outcome.kept) console.log(`  ${say('restore.kept', { path: outcome.kept })}`);
  process.exit(0);
}
switch (outcome.why) {
  case 'missing':
    console.error(say('restore.missing', { path: args.from }));
    process.exit(2);
    break;
  case 'inUse':
    console.error(say('restore.inUse', { path: args.db }));
    process.exit(1);
    break;
  case 'broken': {
    const check = outcome.check;
    const detail = check && !check.ok ? (check.problem === 'integrity' ? check.detail.join('; ') : check.report.problems.map((p) => `#${p.seq} ${p.reason}`).join('; ')) : '';
    console.error(say('restore.broken', { problem: check && !check.ok ? check.problem : '?', detail }));
    process.exit(1);
  }
}

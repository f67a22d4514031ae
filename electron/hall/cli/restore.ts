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
  console.log(`已恢复 restored: ${outcome.restored}`);
  console.log(`  账本 ledger: ${outcome.entries} entries verified, head #${outcome.headSeq} ${outcome.headHash}`);
  if (outcome.kept) console.log(`  原数据库保留为 the replaced database is kept as: ${outcome.kept}`);
  process.exit(0);
}
switch (outcome.why) {
  case 'missing':
    console.error(`没有这个备份文件 no such backup: ${args.from}`);
    process.exit(2);
    break;
  case 'inUse':
    console.error(`营业厅服务还在使用这个数据库，请先关闭再恢复 the hall is still using ${args.db}: stop it first. Nothing was changed.`);
    process.exit(1);
    break;
  case 'broken': {
    const check = outcome.check;
    const detail = check && !check.ok ? (check.problem === 'integrity' ? check.detail.join('; ') : check.report.problems.map((p) => `#${p.seq} ${p.reason}`).join('; ')) : '';
    console.error(`备份已损坏，拒绝恢复 the backup is broken, refused (${check && !check.ok ? check.problem : '?'}): ${detail}. Nothing was changed.`);
    process.exit(1);
  }
}

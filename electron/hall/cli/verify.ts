// `npm run verify -- --db PATH [--json]`: recomputes the ledger's hash chain and every
// window's receipt series. Exit 0 when intact, 1 on any break, 2 on bad arguments.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { parseCli } from './args.ts';
import { verifyLedgerFile } from '../ledger/index.ts';
import { defaultDbPath } from '../paths.ts';

const usage = 'usage: npm run verify -- [--db PATH] [--json]';
const args = parseCli(
  process.argv.slice(2),
  { db: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean' } },
  z.object({ db: z.string().default(defaultDbPath()), json: z.boolean() }),
  usage,
);
if (!existsSync(args.db)) {
  console.error(`no database at ${args.db}`);
  process.exit(2);
}
const started = performance.now();
const report = await verifyLedgerFile(args.db);
const seconds = Math.round(performance.now() - started) / 1000;
if (args.json) console.log(JSON.stringify({ ...report, seconds }, null, 2));
else {
  console.log(`账本校验 ledger verify: ${report.entriesChecked} entries, ${report.receiptsChecked} receipts checked in ${seconds} s`);
  console.log(`head: #${report.headSeq} ${report.headHash}`);
  if (report.ok) console.log('OK — 账本完整，票据号连续');
  else {
    console.log(`BROKEN — first broken entry #${report.firstBroken?.seq}: ${report.firstBroken?.reason}`);
    for (const gap of report.gaps) console.log(`  gap in ${gap.series}: ${gap.after} → ${gap.next}`);
  }
}
process.exit(report.ok ? 0 : 1);

// `npm run import-accounts -- --db PATH --file F [--apply] [--json]`: the head office import
// from the command line. Without --apply it is the dry run; with --apply it runs the dry run
// and, only if no row is bad, writes everything in one transaction. Progress on stderr.
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { parseCli } from './args.ts';
import { progressBar } from './progress.ts';
import { openDatabase } from '../db/open.ts';
import { clockFromOption } from '../clock.ts';
import { defaultDbPath } from '../paths.ts';
import { readTable, FileProblem, planImport, importFile, importReport } from '../accounts/index.ts';
import { say } from './say.ts';
import type { Caller } from '../handlers.ts';

const usage = 'usage: npm run import-accounts -- --file FILE.csv|FILE.xlsx [--db PATH] [--apply] [--json] [--clock ISO]';
const args = parseCli(
  process.argv.slice(2),
  { db: { type: 'string' }, file: { type: 'string' }, apply: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, clock: { type: 'string' }, help: { type: 'boolean' } },
  z.object({ db: z.string().default(defaultDbPath()), file: z.string(), apply: z.boolean(), json: z.boolean(), clock: z.iso.datetime().optional() }),
  usage,
);
if (!existsSync(args.file)) {
  console.error(say('import.noFile', { path: args.file }));
  process.exit(2);
}
const bytes = readFileSync(args.file);
const fileName = basename(args.file);
const clock = clockFromOption(args.clock);
const { db } = openDatabase({ path: args.db, clock });
const cli: Caller = { role: 'manager', terminalId: 'cli', windowNo: null, operator: null, locale: 'zh-CN', sessionKey: null, token: null };
try {
  const table = await readTable(bytes, fileName);
  const bar = progressBar(process.stderr, say('import.checking'));
  const plan = planImport(db, bytes, table, bar.update);
  bar.done();
  let importId: number | null = null;
  if (args.apply && plan.errors.length === 0) {
    const applying = progressBar(process.stderr, say('import.importing'));
    const outcome = await importFile(db, { bytes, fileName, previewSha256: plan.fileSha256, caller: cli, now: clock.now().toISOString() }, (stage, done, total) => {
      if (stage === 'writing') applying.update(done, total);
    });
    applying.done();
    if (!outcome.ok) throw new FileProblem(outcome.problem.key, outcome.problem.params);
    importId = outcome.importId;
  }
  const report = importReport(plan, fileName, 'zh-CN', importId);
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else {
    const reasonsEn = importReport(plan, fileName, 'en', importId).errors;
    console.log(say('import.file', { file: fileName, format: `${report.format.toUpperCase()}${report.encoding ? ` ${report.encoding}` : ''}`, rows: report.rowsTotal }));
    console.log(`  ${say('import.counts', { create: report.toCreate, update: report.toUpdate, unchanged: report.unchanged, arrears: report.arrearsToAdd, errors: report.errors.length })}`);
    if (report.ignoredColumns.length) console.log(`  ${say('import.ignored', { columns: report.ignoredColumns.join(', ') })}`);
    for (const d of report.arrearsDiffering.slice(0, 20)) console.log(`  ${say('import.differing', { accountNo: d.accountNo, season: d.season, booked: d.bookedFen, file: d.fileFen })}`);
    report.errors.slice(0, 200).forEach((e, i) => console.log(`  ${say('import.rowError', e, { ...e, reason: reasonsEn[i]!.reason })}`));
    if (report.errors.length > 200) console.log(`  ${say('import.more', { n: report.errors.length - 200 })}`);
    if (args.apply) console.log(importId !== null ? say('import.applied', { id: importId }) : say('import.refused'));
    else console.log(say('import.dryRun'));
  }
  process.exitCode = plan.errors.length > 0 ? 1 : 0;
} catch (error) {
  if (error instanceof FileProblem) {
    console.error(say(`accounts:import.file.${error.key}`, error.params));
    process.exitCode = 1;
  } else throw error;
} finally {
  db.close();
}

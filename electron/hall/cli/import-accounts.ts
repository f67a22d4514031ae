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
import { translate } from '../i18n.ts';
import type { Caller } from '../handlers.ts';

const usage = 'usage: npm run import-accounts -- --file FILE.csv|FILE.xlsx [--db PATH] [--apply] [--json] [--clock ISO]';
const args = parseCli(
  process.argv.slice(2),
  { db: { type: 'string' }, file: { type: 'string' }, apply: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, clock: { type: 'string' }, help: { type: 'boolean' } },
  z.object({ db: z.string().default(defaultDbPath()), file: z.string(), apply: z.boolean(), json: z.boolean(), clock: z.iso.datetime().optional() }),
  usage,
);
if (!existsSync(args.file)) {
  console.error(`文件不存在 no such file: ${args.file}`);
  process.exit(2);
}
const bytes = readFileSync(args.file);
const fileName = basename(args.file);
const clock = clockFromOption(args.clock);
const { db } = openDatabase({ path: args.db, clock });
const cli: Caller = { role: 'manager', terminalId: 'cli', windowNo: null, operator: null, locale: 'zh-CN', sessionKey: null, token: null };
try {
  const table = await readTable(bytes, fileName);
  const bar = progressBar(process.stderr, '检查 checking');
  const plan = planImport(db, bytes, table, bar.update);
  bar.done();
  let importId: number | null = null;
  if (args.apply && plan.errors.length === 0) {
    const applying = progressBar(process.stderr, '导入 importing');
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
    console.log(`${fileName}: ${report.format.toUpperCase()}${report.encoding ? ` ${report.encoding}` : ''}, ${report.rowsTotal} 行 rows`);
    console.log(`  新增 create ${report.toCreate} · 更新 update ${report.toUpdate} · 不变 unchanged ${report.unchanged} · 新欠费 arrears ${report.arrearsToAdd} · 错误 errors ${report.errors.length}`);
    if (report.ignoredColumns.length) console.log(`  未使用的列 ignored columns: ${report.ignoredColumns.join(', ')}`);
    for (const d of report.arrearsDiffering.slice(0, 20)) console.log(`  户号 ${d.accountNo} ${d.season} 欠费与账上不同（账上 ${d.bookedFen} 分，文件 ${d.fileFen} 分），保持不变`);
    for (const e of report.errors.slice(0, 200)) console.log(`  第 ${e.row} 行，${e.column}：${e.reason}（${e.value}）`);
    if (report.errors.length > 200) console.log(`  … 另有 ${report.errors.length - 200} 处错误（--json 查看全部）`);
    if (args.apply) console.log(importId !== null ? `已导入 applied (import #${importId})` : '有错误，未导入任何数据 nothing imported');
    else console.log('预览完成，未写入数据；加 --apply 导入 (dry run: nothing written)');
  }
  process.exitCode = plan.errors.length > 0 ? 1 : 0;
} catch (error) {
  if (error instanceof FileProblem) {
    console.error(translate('zh-CN', `accounts:import.file.${error.key}`, error.params));
    process.exitCode = 1;
  } else throw error;
} finally {
  db.close();
}

import type { Handlers, HallServices } from '../handlers.ts';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../../shared/errors.ts';
import { accountSearch, toSummary, ACCOUNT_COLUMNS_SQL, type AccountRow } from './account-search.ts';
import { importReport, readAndPlan } from './import/import-report.ts';
import { importFile, type ImportOutcome, type ImportRequest, type ImportStage } from './import/import-file.ts';

const IMPORT_WORKER = new URL('./import/import-worker.ts', import.meta.url);

function importInWorker(dbPath: string, request: ImportRequest, progress: (stage: ImportStage, done: number, total: number) => void): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(IMPORT_WORKER, { workerData: { dbPath, request } });
    worker.on('message', (msg: { type: 'progress'; stage: ImportStage; done: number; total: number } | { type: 'result'; outcome: ImportOutcome }) => {
      if (msg.type === 'progress') progress(msg.stage, msg.done, msg.total);
      else resolve(msg.outcome);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`import worker exited ${code}`)));
  });
}

type AccountsHandlers = Pick<Handlers, 'accounts.search' | 'accounts.get' | 'accounts.importPreview' | 'accounts.importApply'>;

export function accountsHandlers(services: HallServices): AccountsHandlers {
  const { db } = services;
  const search = accountSearch(db);
  const byNo = db.prepare(`SELECT ${ACCOUNT_COLUMNS_SQL}, community, building, unit, room, meter_no, updated_at FROM accounts WHERE account_no = ?`);
  return {
    'accounts.search': (input) => search(input.text, input.limit),
    'accounts.get': (input) => {
      const row = byNo.get(input.accountNo) as (AccountRow & { community: string; building: string; unit: string; room: string; meter_no: string | null; updated_at: string }) | undefined;
      if (!row) throw new DomainError('not_found', { what: `户号 ${input.accountNo}` });
      return { ...toSummary(row), community: row.community, building: row.building, unit: row.unit, room: row.room, meterNo: row.meter_no, updatedAt: row.updated_at };
    },
    'accounts.importPreview': async (input, env) => {
      const plan = await readAndPlan(db, Buffer.from(input.base64, 'base64'), input.fileName);
      return importReport(plan, input.fileName, env.caller.locale, null);
    },
    // A job: the whole import in one transaction on its own connection in a worker thread,
    // its progress published to the managers' screens as it goes.
    'accounts.importApply': async (input, env) => {
      const request: ImportRequest = { bytes: Buffer.from(input.base64, 'base64'), fileName: input.fileName, previewSha256: input.previewSha256, caller: env.caller, now: env.now.toISOString() };
      let sha = '';
      const progress = (stage: ImportStage, done: number, total: number) => services.bus.publish('accounts.importProgressed', { fileSha256: sha, stage, done, total }, env.clock.now());
      sha = createHash('sha256').update(request.bytes).digest('hex');
      const outcome = services.config.dbPath === ':memory:' || !existsSync(fileURLToPath(IMPORT_WORKER)) ? await importFile(db, request, progress) : await importInWorker(services.config.dbPath, request, progress);
      if (!outcome.ok) throw new DomainError(outcome.problem.code, outcome.problem.params, { key: `accounts:import.file.${outcome.problem.key}` });
      return importReport(outcome.plan, input.fileName, env.caller.locale, outcome.importId);
    },
  };
}

// One whole import, as the apply job runs it: read the file, then in ONE transaction check
// every row against the accounts as they are now and write them, with the audit line. Runs in
// a worker thread on its own connection (import-worker.ts) or, where there is no worker (an
// in-memory test hall, the bundled Electron app), on the hall's own connection.
import type { Db } from '../../db/open.ts';
import type { Caller } from '../../handlers.ts';
import { writeAudit } from '../../audit/index.ts';
import { applyPlan, planImport, type ImportPlan } from './import-plan.ts';
import { FileProblem, readTable } from './read-table.ts';

export type ImportStage = 'reading' | 'checking' | 'writing' | 'done';
export type ImportProgress = (stage: ImportStage, done: number, total: number) => void;

export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
  previewSha256: string;
  caller: Caller;
  now: string;
}

export type ImportOutcome =
  | { ok: true; plan: ImportPlan; importId: number }
  | { ok: false; problem: { code: 'invalid_input' | 'conflict'; key: string; params: Record<string, string | number> } };

export async function importFile(db: Db, request: ImportRequest, progress: ImportProgress): Promise<ImportOutcome> {
  try {
    progress('reading', 0, 1);
    const table = await readTable(request.bytes, request.fileName);
    const now = new Date(request.now);
    const outcome = db
      .transaction((): ImportOutcome => {
        const plan = planImport(db, request.bytes, table, (done, total) => progress('checking', done, total));
        if (plan.fileSha256 !== request.previewSha256) return { ok: false, problem: { code: 'conflict', key: 'changedSincePreview', params: {} } };
        if (plan.errors.length > 0) return { ok: false, problem: { code: 'invalid_input', key: 'hasErrors', params: { count: plan.errors.length } } };
        const importId = applyPlan(db, plan, { fileName: request.fileName, operatorId: request.caller.operator?.id ?? null, now }, (done, total) => progress('writing', done, total));
        writeAudit(db, request.caller, now, {
          action: 'accounts.imported',
          subject: request.fileName,
          details: { importId, sha256: plan.fileSha256, rows: plan.rowsTotal, created: plan.toCreate, updated: plan.toUpdate, arrearsAdded: plan.arrearsToAdd },
        });
        return { ok: true, plan, importId };
      })
      .immediate();
    progress('done', 1, 1);
    return outcome;
  } catch (error) {
    if (error instanceof FileProblem) return { ok: false, problem: { code: 'invalid_input', key: error.key, params: error.params } };
    throw error;
  }
}

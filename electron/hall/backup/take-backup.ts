// One online backup: SQLite's backup API copies the live database page by page between the
// hall's own calls (payments go on meanwhile), the copy is made self-contained (no WAL beside
// it), checked by SQLite's integrity check and the ledger's verify (hashes, signatures, receipt
// series, audit chain), and only then named as a backup. A copy that fails any step is removed
// and the run is recorded with why, so "the last good backup" is always one that restores.
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { HallServices } from '../handlers.ts';
import type { BackupRun } from '../../../shared/api/backup.api.ts';
import { storageStateOf } from '../db/storage-errors.ts';
import { DB_DIR_MODE, DB_FILE_MODE } from '../db/open.ts';
import { checkBackupFile } from './check-backup.ts';
import type { BackupStore, NewRun } from './backup-store.ts';

export const BACKUP_NAME = /^counterdesk-\d{8}T\d{6}Z(-\d+)?\.db$/;

/** counterdesk-20261202T063000Z.db: UTC, sortable, one per second (a second run in it gets -2). */
export function backupFileName(at: Date, folder: string): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  for (let n = 1; ; n++) {
    const name = `counterdesk-${stamp}${n > 1 ? `-${n}` : ''}.db`;
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}.partial`))) return name;
  }
}

/** Make the copy one file: the backup API keeps the source's WAL mode, which would need -wal/-shm beside it. */
function settle(path: string): void {
  const copy = new Database(path);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export async function takeBackup(services: HallServices, store: BackupStore, folder: string, reason: BackupRun['reason']): Promise<BackupRun> {
  const startedAt = services.clock.now();
  const base = { startedAt: startedAt.toISOString(), reason, entries: null, headSeq: null, headHash: null } as const;
  const finish = (run: Omit<NewRun, 'startedAt' | 'finishedAt' | 'reason'>): BackupRun =>
    store.record({ ...base, ...run, finishedAt: services.clock.now().toISOString() });
  const failed = (problem: NewRun['problem'], partial: string | null): BackupRun => {
    if (partial) rmSync(partial, { force: true });
    return finish({ file: null, bytes: null, ok: false, problem, entries: null, headSeq: null, headHash: null });
  };

  try {
    mkdirSync(folder, { recursive: true, mode: DB_DIR_MODE });
  } catch (error) {
    return failed(storageProblem(error) ?? 'noFolder', null);
  }
  const name = backupFileName(startedAt, folder);
  const partial = join(folder, `${name}.partial`);
  try {
    await services.db.backup(partial);
    chmodSync(partial, DB_FILE_MODE);
    settle(partial);
  } catch (error) {
    return failed(storageProblem(error) ?? 'copyFailed', partial);
  }
  const check = await checkBackupFile(partial);
  if (!check.ok) return failed(check.problem, partial);
  const { report } = check;
  const file = join(folder, name);
  renameSync(partial, file);
  return finish({ file, bytes: statSync(file).size, ok: true, problem: null, entries: report.entriesChecked, headSeq: report.headSeq, headHash: report.headHash });
}

function storageProblem(error: unknown): NewRun['problem'] {
  const state = storageStateOf(error);
  return state === 'diskFull' || state === 'readOnly' || state === 'ioError' ? state : null;
}

// Putting a backup back, with the hall stopped: the backup is checked first (a broken one is
// refused and nothing is touched), the database it replaces is kept beside it under a
// dated name, and the restored file is written whole before it takes the database's name.
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DB_FILE_MODE } from '../db/open.ts';
import { checkBackupFile, type BackupCheck } from './check-backup.ts';

export type RestoreOutcome =
  | { ok: true; restored: string; kept: string | null; entries: number; headSeq: number; headHash: string }
  | { ok: false; why: 'missing' | 'inUse' | 'broken'; check?: BackupCheck };

const SIDE_FILES = ['-wal', '-shm'];

/**
 * Is another connection (a running hall) holding the database? SQLite removes the -wal and
 * -shm files when the last connection closes: open and close it, and see whether they stay.
 */
function inUse(dbPath: string): boolean {
  if (!existsSync(dbPath)) return false;
  const probe = new Database(dbPath);
  probe.close();
  return SIDE_FILES.some((suffix) => existsSync(dbPath + suffix));
}

export async function restoreBackup(from: string, dbPath: string, at: Date): Promise<RestoreOutcome> {
  if (!existsSync(from)) return { ok: false, why: 'missing' };
  const check = await checkBackupFile(from);
  if (!check.ok) return { ok: false, why: 'broken', check };
  if (inUse(dbPath)) return { ok: false, why: 'inUse' };

  const incoming = `${dbPath}.restoring`;
  rmSync(incoming, { force: true });
  copyFileSync(from, incoming);
  chmodSync(incoming, DB_FILE_MODE);
  const fd = openSync(incoming, 'r+');
  fsyncSync(fd); // on the disk before it takes the database's name
  closeSync(fd);
  let kept: string | null = null;
  if (existsSync(dbPath)) {
    kept = `${dbPath}.before-restore-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')}`;
    renameSync(dbPath, kept);
  }
  renameSync(incoming, dbPath);
  const { report } = check;
  return { ok: true, restored: dbPath, kept, entries: report.entriesChecked, headSeq: report.headSeq, headHash: report.headHash };
}

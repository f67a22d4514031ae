// Opens the branch database the one way the hall allows: WAL for concurrent readers,
// synchronous=FULL because a committed payment must survive a power cut, foreign keys on.
// The file and the folder the hall creates for it are the owner's only (0600 / 0700): the
// ledger holds customers' names, addresses and phone numbers.
import Database from 'better-sqlite3';
import { accessSync, chmodSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type MigrationReport } from './migrate.ts';
import { StorageError, storageStateOf } from './storage-errors.ts';
import type { Clock } from '../clock.ts';

export type Db = Database.Database;

/**
 * How a connection may open the file: read-only; as a second connection to a database the hall
 * has already migrated (workers); or migrating it, which records when (hence the clock).
 * `path` is a file path, or ':memory:' for tests.
 */
export type OpenOptions = { path: string; readonly: true } | { path: string; migrate: false } | { path: string; clock: Clock };

export const DB_FILE_MODE = 0o600;
export const DB_DIR_MODE = 0o700;

export function openDatabase(options: OpenOptions): { db: Db; migrations: MigrationReport } {
  const readonly = 'readonly' in options;
  const onDisk = options.path !== ':memory:';
  let db: Db;
  try {
    if (onDisk && !readonly) mkdirSync(dirname(options.path), { recursive: true, mode: DB_DIR_MODE });
    const created = onDisk && !readonly && !existsSync(options.path);
    // SQLite would quietly open a file it may not write read-only, and fail at the first payment.
    if (onDisk && !readonly) for (const path of created ? [dirname(options.path)] : [options.path, dirname(options.path)]) accessSync(path, constants.W_OK);
    db = new Database(options.path, { readonly, fileMustExist: readonly });
    // Before the WAL and shared-memory files exist: SQLite gives them the database's mode.
    if (created) chmodSync(options.path, DB_FILE_MODE);
  } catch (error) {
    throw asStorageError(error, options.path);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      if (onDisk) db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    const migrations = 'clock' in options ? migrate(db, options.clock.now()) : { applied: [], current: currentVersion(db) };
    return { db, migrations };
  } catch (error) {
    db.close();
    throw asStorageError(error, options.path);
  }
}

/** A file SQLite could only open read-only, a full disk, a folder that can't be made: a StorageError. */
function asStorageError(error: unknown, path: string): unknown {
  const state = storageStateOf(error);
  return state ? new StorageError(state, path, error) : error;
}

function currentVersion(db: Db): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

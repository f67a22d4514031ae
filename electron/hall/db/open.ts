// Opens the branch database the one way the hall allows: WAL for concurrent readers,
// synchronous=FULL because a committed payment must survive a power cut, foreign keys on.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type MigrationReport } from './migrate.ts';
import type { Clock } from '../clock.ts';

export type Db = Database.Database;

/**
 * How a connection may open the file: read-only; as a second connection to a database the hall
 * has already migrated (workers); or migrating it, which records when (hence the clock).
 * `path` is a file path, or ':memory:' for tests.
 */
export type OpenOptions = { path: string; readonly: true } | { path: string; migrate: false } | { path: string; clock: Clock };

export function openDatabase(options: OpenOptions): { db: Db; migrations: MigrationReport } {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const readonly = 'readonly' in options;
  const db = new Database(options.path, { readonly });
  try {
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      if (options.path !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    const migrations = 'clock' in options ? migrate(db, options.clock.now()) : { applied: [], current: currentVersion(db) };
    return { db, migrations };
  } catch (error) {
    db.close();
    throw error;
  }
}

function currentVersion(db: Db): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

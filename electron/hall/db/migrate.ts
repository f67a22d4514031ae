// Migrations are numbered SQL files (0010-init.sql, 0020-…, steps of 10) applied in
// order, all pending ones in one transaction, each recorded with its SHA-256. A shipped
// migration is never edited (a changed checksum refuses to start) and a database
// written by a newer app is refused rather than silently misread.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
  sha256: string;
}

export interface MigrationReport {
  applied: number[];
  current: number;
}

/** Why the database cannot be migrated. One a person can act on (a newer app wrote it) carries its catalogue key (`errors:<key>`) and parameters; the message is for the log. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  readonly said: { key: 'schemaTooNew'; params: { found: number; newest: number } } | null;
  constructor(message: string, said: MigrationError['said'] = null) {
    super(message);
    this.said = said;
  }
}

const FILE_PATTERN = /^(\d{4})-([a-z0-9-]+)\.sql$/;

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.sql')) continue;
    const match = FILE_PATTERN.exec(file);
    if (!match) throw new MigrationError(`migration file name must look like 0010-name.sql: ${file}`);
    const sql = readFileSync(`${dir}/${file}`, 'utf8');
    migrations.push({ version: Number(match[1]), name: match[2]!, sql, sha256: createHash('sha256').update(sql).digest('hex') });
  }
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) throw new MigrationError(`two migrations numbered ${migrations[i]!.version}`);
  }
  return migrations;
}

export function migrate(db: Database.Database, appliedAt: Date, migrations: Migration[] = loadMigrations(), upTo = Infinity): MigrationReport {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const recorded = db.prepare('SELECT version, name, sha256 FROM schema_migrations ORDER BY version').all() as Array<{ version: number; name: string; sha256: string }>;
  const known = new Map(migrations.map((m) => [m.version, m]));
  const newestKnown = migrations.at(-1)?.version ?? 0;
  for (const row of recorded) {
    const mine = known.get(row.version);
    if (!mine) {
      if (row.version > newestKnown) {
        throw new MigrationError(`database schema ${row.version} is newer than this app's ${newestKnown}`, { key: 'schemaTooNew', params: { found: row.version, newest: newestKnown } });
      }
      throw new MigrationError(`database has migration ${row.version}-${row.name} that this app does not know`);
    }
    if (mine.sha256 !== row.sha256) {
      throw new MigrationError(`migration ${row.version}-${row.name} was edited after it was applied (checksum differs); ship a new migration instead`);
    }
  }
  const done = new Set(recorded.map((r) => r.version));
  const pending = migrations.filter((m) => !done.has(m.version) && m.version <= upTo);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.version, m.name, m.sha256, appliedAt.toISOString());
    }
  }).immediate();
  const current = Math.max(0, ...recorded.map((r) => r.version), ...pending.map((m) => m.version));
  return { applied: pending.map((m) => m.version), current };
}

// What the health check reads of the database itself (no domain's tables): its integrity,
// journal mode and the schema version recorded by the migrations.
import type { Db } from '../db/open.ts';

export function databaseState(db: Db): { integrity: string; journal: string; inMemory: boolean; schemaVersion: number; path: string } {
  let integrity: string;
  try {
    integrity = (db.prepare('PRAGMA quick_check(1)').pluck().get() as string) ?? 'unknown';
  } catch (error) {
    integrity = String(error);
  }
  return {
    integrity,
    journal: String(db.pragma('journal_mode', { simple: true })),
    inMemory: db.memory,
    schemaVersion: db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number,
    path: db.name,
  };
}

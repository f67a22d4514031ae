// What the health check reads of the database itself (no domain's tables): its journal mode and
// the schema version recorded by the migrations. Its integrity is checked elsewhere, off the
// request path (quick-check.ts).
import type { Db } from '../db/open.ts';

export function databaseState(db: Db): { journal: string; inMemory: boolean; schemaVersion: number } {
  return {
    journal: String(db.pragma('journal_mode', { simple: true })),
    inMemory: db.memory,
    schemaVersion: db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number,
  };
}

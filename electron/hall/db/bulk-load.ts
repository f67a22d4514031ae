// Loading a million rows is several times faster when secondary indexes are built once
// at the end (a sorted build) rather than grown row by row. Unique indexes stay, because
// upserts and INSERT OR IGNORE rely on them. Only for generated or freshly imported data.
import type { Db } from './open.ts';

export function withSecondaryIndexesDeferred<T>(db: Db, tables: string[], load: () => T): T {
  const placeholders = tables.map(() => '?').join(', ');
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (${placeholders})`)
    .all(...tables) as Array<{ name: string; sql: string }>;
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  try {
    return load();
  } finally {
    for (const index of indexes) db.exec(index.sql);
  }
}

// The SQL of backup_runs: the backup module's own record of what it copied and whether it counts.
import type { Db } from '../db/open.ts';
import type { BackupRun } from '../../../shared/api/backup.api.ts';

interface Row {
  id: number;
  started_at: string;
  finished_at: string;
  reason: BackupRun['reason'];
  file: string | null;
  bytes: number | null;
  ok: number;
  entries: number | null;
  head_seq: number | null;
  problem: BackupRun['problem'];
}

const toRun = (row: Row): BackupRun => ({
  id: row.id,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  reason: row.reason,
  file: row.file,
  bytes: row.bytes,
  ok: row.ok === 1,
  entries: row.entries,
  headSeq: row.head_seq,
  problem: row.problem,
});

export type NewRun = Omit<BackupRun, 'id'> & { headHash: string | null };

export function backupStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO backup_runs (started_at, finished_at, reason, file, bytes, ok, entries, head_seq, head_hash, problem)
     VALUES (@startedAt, @finishedAt, @reason, @file, @bytes, @ok, @entries, @headSeq, @headHash, @problem)`,
  );
  const lastGood = db.prepare('SELECT * FROM backup_runs WHERE ok = 1 ORDER BY finished_at DESC, id DESC LIMIT 1');
  const recent = db.prepare('SELECT * FROM backup_runs ORDER BY id DESC LIMIT ?');
  const kept = db.prepare('SELECT id, file, finished_at FROM backup_runs WHERE ok = 1 AND removed_at IS NULL AND file IS NOT NULL ORDER BY finished_at DESC, id DESC');
  const removed = db.prepare('UPDATE backup_runs SET removed_at = ? WHERE id = ?');
  return {
    record(run: NewRun): BackupRun {
      const id = Number(insert.run({ ...run, ok: run.ok ? 1 : 0 }).lastInsertRowid);
      return { ...run, id };
    },
    lastGood: (): BackupRun | null => {
      const row = lastGood.get() as Row | undefined;
      return row ? toRun(row) : null;
    },
    recent: (limit: number): BackupRun[] => (recent.all(limit) as Row[]).map(toRun),
    /** Good backups whose files retention has not removed, newest first. */
    kept: () => (kept.all() as Array<{ id: number; file: string; finished_at: string }>).map((r) => ({ id: r.id, file: r.file, at: new Date(r.finished_at) })),
    markRemoved: (id: number, at: Date) => removed.run(at.toISOString(), id),
  };
}
export type BackupStore = ReturnType<typeof backupStore>;

// When backups run: every N minutes while the hall is up, once at start when the last good one
// is older than that, at each day close, and when the manager asks. One at a time: a request
// while a backup runs gets that run's result. Retention follows every good run.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HallServices } from '../handlers.ts';
import type { BackupRun, BackupStatus } from '../../../shared/api/backup.api.ts';
import { events } from '../../../shared/api/index.ts';
import { backupStore } from './backup-store.ts';
import { takeBackup } from './take-backup.ts';
import { backupsToRemove } from './retention.ts';

const RECENT = 10;
/** How long after the hall starts the catch-up backup runs (screens connect first). */
const START_DELAY_MS = 20_000;

export function backupFolder(services: HallServices): string | null {
  if (services.config.dbPath === ':memory:') return null;
  return services.config.backup.dir ?? join(dirname(services.config.dbPath), 'backups');
}

export function backupRunner(services: HallServices) {
  const store = backupStore(services.db);
  const folder = backupFolder(services);
  const { everyMinutes } = services.config.backup;
  let running: Promise<BackupRun> | null = null;
  let closed = false;

  const applyRetention = (now: Date): void => {
    const { keep, keepDays } = services.config.backup;
    const kept = store.kept();
    for (const old of backupsToRemove(kept, now, { keep, keepDays }, services.config.timeZone)) {
      const file = kept.find((k) => k.id === old.id)?.file;
      if (file) rmSync(file, { force: true });
      store.markRemoved(old.id, now);
    }
  };

  const run = (reason: BackupRun['reason']): Promise<BackupRun> => {
    if (!folder) return Promise.reject(new Error('this hall keeps no backups (in-memory database)'));
    running ??= takeBackup(services, store, folder, reason)
      .then((result) => {
        const now = services.clock.now();
        if (result.ok) applyRetention(now);
        services.bus.publish('backup.finished', events['backup.finished'].payload.parse(result), now);
        return result;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const status = (): BackupStatus => {
    const now = services.clock.now();
    const lastGood = store.lastGood();
    const ageMinutes = lastGood ? Math.max(0, Math.floor((now.getTime() - new Date(lastGood.finishedAt).getTime()) / 60_000)) : null;
    // Backups only at day close and by hand: a day and a bit is still within the promise.
    const allowed = everyMinutes > 0 ? 2 * everyMinutes : 26 * 60;
    const sinceStart = (now.getTime() - services.startedAt.getTime()) / 60_000;
    const fresh = folder !== null && (ageMinutes !== null ? ageMinutes <= allowed : sinceStart <= allowed);
    return { folder, everyMinutes, lastGood, ageMinutes, fresh, running: running !== null, recent: store.recent(RECENT) };
  };

  const quietly = (reason: BackupRun['reason']) => () => {
    if (closed) return;
    run(reason).catch((error: unknown) => {
      if (!closed) console.error('[backup] run failed:', error);
    });
  };

  const start = (): (() => void) => {
    if (!folder || everyMinutes === 0) return () => {};
    const timers: NodeJS.Timeout[] = [setInterval(quietly('scheduled'), everyMinutes * 60_000)];
    const { ageMinutes } = status();
    if (ageMinutes === null || ageMinutes >= everyMinutes) timers.push(setTimeout(quietly('start'), START_DELAY_MS));
    for (const timer of timers) timer.unref();
    return () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
    };
  };

  return { run, status, start, folder };
}
export type BackupRunner = ReturnType<typeof backupRunner>;

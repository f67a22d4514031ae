// The system part of the contract: the health check every screen shows at start, and a ping.
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import type { Health } from '../../../shared/api/system.api.ts';
import { APP_VERSION } from '../version.ts';
import { databaseState } from './system-store.ts';
import type { IntegrityState, IntegrityWatch } from './quick-check.ts';
import { storageCheck, freeBytesOnDisk, type FreeBytes } from './storage-check.ts';
import type { BackupStatus } from '../../../shared/api/backup.api.ts';

/** The last good backup's age in words, or why there is none yet. */
function backupDetail(status: BackupStatus): { detailKey: string; params: Record<string, number> } {
  if (status.ageMinutes === null) return { detailKey: status.fresh ? 'health:backupPending' : 'health:backupNone', params: { every: status.everyMinutes } };
  return { detailKey: status.fresh ? 'health:backupAge' : 'health:backupStale', params: { minutes: status.ageMinutes } };
}

/** The last integrity check as a health line: its age, or that it is still under way. */
function integrityCheck(state: IntegrityState, now: Date): { ok: boolean; detailKey: string; params: Record<string, number> } {
  if (state.result === null || state.checkedAt === null) return { ok: true, detailKey: 'health:databasePending', params: {} };
  const minutes = Math.max(0, Math.floor((now.getTime() - state.checkedAt.getTime()) / 60_000));
  return state.result === 'ok' ? { ok: true, detailKey: 'health:databaseDetail', params: { minutes } } : { ok: false, detailKey: 'health:databaseDamaged', params: { minutes } };
}

export function systemHandlers(services: HallServices, backups: () => BackupStatus, integrity: IntegrityWatch, freeBytes: FreeBytes = freeBytesOnDisk): HandlersOf<'system'> {
  return {
    'system.health': (_input, env) => {
      const db = databaseState(services.db);
      const checks: Health['checks'] = [];
      const uptime = Math.max(0, Math.round((env.now.getTime() - services.startedAt.getTime()) / 1000));
      checks.push({ id: 'service', ok: true, detailKey: 'health:serviceDetail', params: { version: APP_VERSION, uptime } });

      // the last quick check, never run here (it took seconds on a large branch, for anyone asking); no file path
      checks.push({ id: 'database', ...integrityCheck(integrity.latest(), env.now) });
      checks.push({ id: 'journal', ok: db.journal === 'wal' || db.inMemory, detailKey: 'health:journalDetail', params: { mode: db.journal.toUpperCase() } });
      const { schemaVersion } = db;
      checks.push({
        id: 'schema',
        ok: schemaVersion === services.schemaVersion,
        detailKey: 'health:schemaDetail',
        params: { version: schemaVersion, count: services.migrationCount },
      });
      const localTime = new Intl.DateTimeFormat('sv-SE', { timeZone: services.config.timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(env.now);
      checks.push({ id: 'storage', ...storageCheck(services.config.dbPath, services.storage.lastFailure, freeBytes, services.config.timeZone) });
      const backup = backups();
      if (backup.folder) checks.push({ id: 'backup', ok: backup.fresh, ...backupDetail(backup) });
      checks.push({ id: 'clock', ok: env.now.getUTCFullYear() >= 2024, detailKey: 'health:clockDetail', params: { time: localTime, zone: services.config.timeZone } });

      return {
        ok: checks.every((c) => c.ok),
        version: APP_VERSION,
        branchName: services.config.branchName,
        startedAt: services.startedAt.toISOString(),
        now: env.now.toISOString(),
        timeZone: services.config.timeZone,
        uptimeSeconds: uptime,
        schemaVersion,
        checks,
      };
    },
    'system.ping': (input, env) => {
      env.audit({ action: 'system.ping', details: { note: input.note ?? null } });
      env.emit('system.pinged', { terminalId: env.caller.terminalId, at: env.now.toISOString() });
      return { at: env.now.toISOString() };
    },
  };
}

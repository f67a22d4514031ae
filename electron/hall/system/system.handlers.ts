import type { Handlers, HallServices } from '../handlers.ts';
import type { Health } from '../../../shared/api/system.api.ts';
import { APP_VERSION } from '../version.ts';

type SystemHandlers = Pick<Handlers, 'system.health' | 'system.ping'>;

export function systemHandlers(services: HallServices): SystemHandlers {
  return {
    'system.health': (_input, env) => {
      const { db } = services;
      const checks: Health['checks'] = [];
      const uptime = Math.max(0, Math.round((env.now.getTime() - services.startedAt.getTime()) / 1000));
      checks.push({ id: 'service', ok: true, detailKey: 'health:serviceDetail', params: { version: APP_VERSION, uptime } });

      let integrity: string;
      try {
        integrity = (db.prepare('PRAGMA quick_check(1)').pluck().get() as string) ?? 'unknown';
      } catch (error) {
        integrity = String(error);
      }
      checks.push({ id: 'database', ok: integrity === 'ok', detailKey: 'health:databaseDetail', params: { path: db.name } });

      const journal = String(db.pragma('journal_mode', { simple: true }));
      const inMemory = db.memory;
      checks.push({ id: 'journal', ok: journal === 'wal' || inMemory, detailKey: 'health:journalDetail', params: { mode: journal.toUpperCase() } });

      const schemaVersion = db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number;
      checks.push({
        id: 'schema',
        ok: schemaVersion === services.schemaVersion,
        detailKey: 'health:schemaDetail',
        params: { version: schemaVersion, count: services.migrationCount },
      });
      const localTime = new Intl.DateTimeFormat('sv-SE', { timeZone: services.config.timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(env.now);
      checks.push({ id: 'clock', ok: env.now.getUTCFullYear() >= 2024, detailKey: 'health:clockDetail', params: { time: localTime, zone: services.config.timeZone } });

      return {
        ok: checks.every((c) => c.ok),
        version: APP_VERSION,
        branchName: services.config.branchName,
        startedAt: services.startedAt.toISOString(),
        now: env.now.toISOString(),
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

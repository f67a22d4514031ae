// The queue's rules and businesses as stored: rules in settings['queue'], businesses in
// queue_services. Defaults apply until a manager sets them.
import type { Db } from '../db/open.ts';
import { queueConfigSchema, type QueueConfig } from '../../../shared/api/queue.api.ts';

export interface Service {
  code: string;
  names: { 'zh-CN': string; 'zh-TW': string; en: string };
  windows: number[];
}

export function readQueueConfig(db: Db): QueueConfig {
  const raw = db.prepare("SELECT value FROM settings WHERE key = 'queue'").pluck().get() as string | undefined;
  return queueConfigSchema.parse(raw ? JSON.parse(raw) : {});
}

export function writeQueueConfig(db: Db, config: QueueConfig, now: Date, operatorId: number | null): void {
  db.prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('queue', ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by").run(
    JSON.stringify(config),
    now.toISOString(),
    operatorId,
  );
}

export function readServices(db: Db): Service[] {
  const rows = db.prepare('SELECT code, name_zh_cn, name_zh_tw, name_en, windows FROM queue_services WHERE active = 1 ORDER BY sort, code').all() as Array<{
    code: string;
    name_zh_cn: string;
    name_zh_tw: string;
    name_en: string;
    windows: string;
  }>;
  return rows.map((r) => ({ code: r.code, names: { 'zh-CN': r.name_zh_cn, 'zh-TW': r.name_zh_tw, en: r.name_en }, windows: JSON.parse(r.windows) as number[] }));
}

export function writeServices(db: Db, services: Service[]): void {
  db.prepare('UPDATE queue_services SET active = 0').run();
  const upsert = db.prepare(
    'INSERT INTO queue_services (code, name_zh_cn, name_zh_tw, name_en, windows, sort, active) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT(code) DO UPDATE SET name_zh_cn = excluded.name_zh_cn, name_zh_tw = excluded.name_zh_tw, name_en = excluded.name_en, windows = excluded.windows, sort = excluded.sort, active = 1',
  );
  services.forEach((s, i) => upsert.run(s.code, s.names['zh-CN'], s.names['zh-TW'], s.names.en, JSON.stringify(s.windows), i));
}

/** Minutes since local midnight of "HH:MM". */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function formatMinutes(m: number): string {
  const clamped = Math.max(0, Math.min(24 * 60 - 1, m));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

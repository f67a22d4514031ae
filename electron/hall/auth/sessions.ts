// Sessions live in the database (hashed tokens), so screens survive a host restart and
// reconnect without anyone signing in again.
import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../../shared/errors.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/index.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Caller, HallServices } from '../handlers.ts';
import type { Db } from '../db/open.ts';
import { deviceAlive, notPaired } from '../pairing/index.ts';

export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  role: Exclude<Role, 'anonymous'>;
  terminalId: string;
  windowNo: number | null;
  operator: { id: number; code: string; name: string } | null;
  locale: Locale;
  /** The paired device it was opened from: the session ends with that pairing. */
  deviceId?: number | null;
}

export function createSession(db: Db, session: NewSession, now: Date): Caller {
  const token = randomBytes(24).toString('base64url');
  const key = tokenKey(token);
  db.prepare(
    'INSERT INTO sessions (token_sha256, role, terminal_id, window_no, operator_id, locale, created_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(key, session.role, session.terminalId, session.windowNo, session.operator?.id ?? null, session.locale, now.toISOString(), session.deviceId ?? null);
  const { deviceId: _deviceId, ...caller } = session;
  return { ...caller, sessionKey: key, token };
}

interface SessionRow {
  role: Role;
  terminal_id: string;
  window_no: number | null;
  locale: string;
  created_at: string;
  ended_at: string | null;
  operator_id: number | null;
  operator_code: string | null;
  operator_name: string | null;
  operator_active: number | null;
  device_id: number | null;
}

export function resolveSession(services: Pick<HallServices, 'db' | 'clock' | 'config'>, token: string): Caller {
  const key = tokenKey(token);
  const row = services.db
    .prepare(
      `SELECT s.role, s.terminal_id, s.window_no, s.locale, s.created_at, s.ended_at, s.operator_id, s.device_id,
              o.code AS operator_code, o.name AS operator_name, o.active AS operator_active
         FROM sessions s LEFT JOIN operators o ON o.id = s.operator_id
        WHERE s.token_sha256 = ?`,
    )
    .get(key) as SessionRow | undefined;
  if (!row || row.ended_at) throw new DomainError('session_expired');
  // a session opened by a paired device ends when its pairing is revoked or runs out
  if (row.device_id !== null && !deviceAlive(services, row.device_id, services.clock.now())) throw notPaired();
  if (row.operator_id !== null) {
    const ageHours = (services.clock.now().getTime() - Date.parse(row.created_at)) / 3_600_000;
    if (ageHours > services.config.sessionHours || row.operator_active !== 1) throw new DomainError('session_expired');
  }
  return {
    role: row.role,
    terminalId: row.terminal_id,
    windowNo: row.window_no,
    operator: row.operator_id === null ? null : { id: row.operator_id, code: row.operator_code ?? '', name: row.operator_name ?? '' },
    locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
    sessionKey: key,
    token,
  };
}

export function endSession(db: Db, key: string, now: Date): void {
  db.prepare('UPDATE sessions SET ended_at = ? WHERE token_sha256 = ? AND ended_at IS NULL').run(now.toISOString(), key);
}

/**
 * Who works at counter window N now: the operator of its most recent live session there (not
 * ended, not expired, operator active), or null. The customer display names them; the queue asks
 * whether a window it would send customers to is staffed.
 */
export function operatorAtWindow(services: Pick<HallServices, 'db' | 'config'>, windowNo: number, now: Date): { id: number; code: string; name: string } | null {
  const since = new Date(now.getTime() - services.config.sessionHours * 3_600_000).toISOString();
  const row = services.db
    .prepare(
      `SELECT o.id, o.code, o.name FROM sessions s JOIN operators o ON o.id = s.operator_id
        WHERE s.window_no = ? AND s.ended_at IS NULL AND s.created_at > ? AND o.active = 1
        ORDER BY s.created_at DESC LIMIT 1`,
    )
    .get(windowNo, since) as { id: number; code: string; name: string } | undefined;
  return row ?? null;
}

// Sessions live in the database (hashed tokens), so screens survive a host restart and
// reconnect without anyone signing in again.
import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../../shared/errors.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/index.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Caller, HallServices } from '../handlers.ts';
import type { Db } from '../db/open.ts';
import { deviceAlive, notPaired } from '../pairing/index.ts';
import { insertSession, latestOperatorAtWindow, markSessionEnded, sessionByTokenKey, type SessionRow } from './auth-store.ts';
import { findOperator } from './operators.ts';

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
  insertSession(
    db,
    { tokenKey: key, role: session.role, terminalId: session.terminalId, windowNo: session.windowNo, operatorId: session.operator?.id ?? null, locale: session.locale, deviceId: session.deviceId ?? null },
    now,
  );
  const { deviceId: _deviceId, ...caller } = session;
  return { ...caller, sessionKey: key, token };
}

/** How a call presented its session: over the LAN or not, and with which paired device's token. */
export interface Presented {
  network: boolean;
  deviceId: number | null;
}

/** Why a session no longer works, in words its screen can show: taken over at its window, or simply over. */
function endedError(db: Db, row: SessionRow): DomainError {
  // looked up only for an ended session: a live one's every call pays nothing for it
  const by = row.ended_reason === 'takenOver' && row.taken_over_by !== null ? findOperator(db, row.taken_over_by) : null;
  if (by && row.window_no !== null) return new DomainError('session_expired', { windowNo: row.window_no, operatorName: by.name, operatorCode: by.code }, { key: 'net:errors.takenOver' });
  return new DomainError('session_expired');
}

/**
 * The caller a session token stands for. A session opened from a paired device (a counter PC's
 * sign-in, a kiosk's session) works over the LAN only from that device: a token carried to
 * another machine is refused.
 */
export function resolveSession(services: Pick<HallServices, 'db' | 'clock' | 'config'>, token: string, presented?: Presented): Caller {
  const key = tokenKey(token);
  const row = sessionByTokenKey(services.db, key);
  if (!row) throw new DomainError('session_expired');
  if (row.ended_at) throw endedError(services.db, row);
  // a session opened by a paired device ends when its pairing is revoked or runs out
  if (row.device_id !== null && !deviceAlive(services, row.device_id, services.clock.now())) throw notPaired();
  if (row.device_id !== null && presented?.network && presented.deviceId !== row.device_id) throw new DomainError('session_expired', {}, { key: 'net:errors.sessionOtherDevice' });
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
  markSessionEnded(db, key, now);
}

/**
 * Who works at counter window N now: the operator of its most recent live session there (not
 * ended, not expired, operator active), or null. The customer display names them; the queue asks
 * whether a window it would send customers to is staffed.
 */
export function operatorAtWindow(services: Pick<HallServices, 'db' | 'config'>, windowNo: number, now: Date): { id: number; code: string; name: string } | null {
  const since = new Date(now.getTime() - services.config.sessionHours * 3_600_000).toISOString();
  return latestOperatorAtWindow(services.db, windowNo, since) ?? null;
}

// A device's token, as it rides along with a call: which paired device it is, or a refusal when
// it was never confirmed, was revoked, or went unused too long. Each use moves the unused-token
// expiry on (written at most every few minutes per device, not on every call).
import { DomainError } from '../../../shared/errors.ts';
import type { DeviceBinding, HallServices } from '../handlers.ts';
import type { Db } from '../db/open.ts';
import { deviceById, deviceByTokenHash, deviceExpiry, markSeen, tokenHash, type DeviceRow } from './pairing-store.ts';

const SEEN_EVERY_MS = 5 * 60_000;
const lastWritten = new WeakMap<Db, Map<number, number>>();

type Services = Pick<HallServices, 'db' | 'config'>;

function live(services: Services, row: DeviceRow | undefined, now: Date): row is DeviceRow {
  return row !== undefined && row.revoked_at === null && deviceExpiry(row, services.config.pairing.unusedDays) > now;
}

function seen(services: Services, row: DeviceRow, now: Date): void {
  let written = lastWritten.get(services.db);
  if (!written) lastWritten.set(services.db, (written = new Map()));
  const last = written.get(row.id) ?? (row.last_seen_at ? Date.parse(row.last_seen_at) : 0);
  if (now.getTime() - last < SEEN_EVERY_MS) return;
  written.set(row.id, now.getTime());
  try {
    markSeen(services.db, row.id, now);
  } catch {
    // a busy or full disk must not refuse the call; the next use tries again
    written.delete(row.id);
  }
}

export function notPaired(): DomainError {
  return new DomainError('session_expired', {}, { key: 'net:errors.deviceNotPaired' });
}

/** The paired device this token belongs to; throws (session_expired, net:errors.deviceNotPaired) otherwise. */
export function resolveDevice(services: Services, token: string, now: Date): DeviceBinding {
  const row = deviceByTokenHash(services.db, tokenHash(token));
  if (!live(services, row, now)) throw notPaired();
  seen(services, row, now);
  return { id: row.id, role: row.role, terminalId: row.terminal_id, windowNo: row.window_no };
}

/** Whether a session opened by device `id` may still be used (not revoked, not expired). */
export function deviceAlive(services: Services, id: number, now: Date): boolean {
  const row = deviceById(services.db, id);
  if (!live(services, row, now)) return false;
  seen(services, row, now);
  return true;
}

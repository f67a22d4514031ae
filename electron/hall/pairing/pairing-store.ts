// The SQL of pairing: requests waiting for a manager, and paired devices. Only hashes of
// device tokens are stored; a token is given to its device once, in the answer to its request.
import { createHash } from 'node:crypto';
import type { Db } from '../db/open.ts';
import type { PairingRole, PairedDeviceInfo, PairingRequestInfo } from '../../../shared/api/pairing.api.ts';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface DeviceRow {
  id: number;
  role: PairingRole;
  terminal_id: string;
  window_no: number | null;
  paired_at: string;
  paired_by_code: string | null;
  auto: number;
  last_seen_at: string | null;
  revoked_at: string | null;
}

export interface RequestRow {
  id: number;
  code: string;
  token_sha256: string;
  terminal_id: string;
  screen: PairingRole;
  window_no: number | null;
  source: string | null;
  requested_at: string;
  expires_at: string;
  device_id: number | null;
}

const DEVICE_COLUMNS = 'id, role, terminal_id, window_no, paired_at, paired_by_code, auto, last_seen_at, revoked_at';

export function deviceByTokenHash(db: Db, hash: string): DeviceRow | undefined {
  return db.prepare(`SELECT ${DEVICE_COLUMNS} FROM paired_devices WHERE token_sha256 = ?`).get(hash) as DeviceRow | undefined;
}

export function deviceById(db: Db, id: number): DeviceRow | undefined {
  return db.prepare(`SELECT ${DEVICE_COLUMNS} FROM paired_devices WHERE id = ?`).get(id) as DeviceRow | undefined;
}

/** Live devices, and those revoked since `revokedSince` (so the manager sees what they just did). */
export function listDevices(db: Db, revokedSince: string): DeviceRow[] {
  return db
    .prepare(`SELECT ${DEVICE_COLUMNS} FROM paired_devices WHERE revoked_at IS NULL OR revoked_at >= ? ORDER BY revoked_at IS NOT NULL, role, window_no, terminal_id`)
    .all(revokedSince) as DeviceRow[];
}

export function insertDevice(
  db: Db,
  device: { tokenHash: string; role: PairingRole; terminalId: string; windowNo: number | null; pairedBy: { id: number; code: string } | null; auto: boolean },
  now: Date,
): number {
  const info = db
    .prepare('INSERT INTO paired_devices (token_sha256, role, terminal_id, window_no, paired_at, paired_by, paired_by_code, auto) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(device.tokenHash, device.role, device.terminalId, device.windowNo, now.toISOString(), device.pairedBy?.id ?? null, device.pairedBy?.code ?? null, device.auto ? 1 : 0);
  return Number(info.lastInsertRowid);
}

export function revokeDevice(db: Db, id: number, by: number | null, now: Date): boolean {
  return db.prepare('UPDATE paired_devices SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), by, id).changes === 1;
}

/** Records that the device was seen (the unused-token expiry counts from here). */
export function markSeen(db: Db, id: number, now: Date): void {
  db.prepare('UPDATE paired_devices SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), id);
}

export function insertRequest(
  db: Db,
  request: { code: string; tokenHash: string; terminalId: string; screen: PairingRole; windowNo: number | null; source: string | null },
  now: Date,
  expiresAt: Date,
): number {
  const info = db
    .prepare('INSERT INTO pairing_requests (code, token_sha256, terminal_id, screen, window_no, source, requested_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(request.code, request.tokenHash, request.terminalId, request.screen, request.windowNo, request.source, now.toISOString(), expiresAt.toISOString());
  return Number(info.lastInsertRowid);
}

/** The unconfirmed, unexpired request showing this code. */
export function openRequestByCode(db: Db, code: string, now: Date): RequestRow | undefined {
  return db.prepare('SELECT * FROM pairing_requests WHERE code = ? AND device_id IS NULL AND expires_at > ?').get(code, now.toISOString()) as RequestRow | undefined;
}

export function requestByTokenHash(db: Db, hash: string): RequestRow | undefined {
  return db.prepare('SELECT * FROM pairing_requests WHERE token_sha256 = ?').get(hash) as RequestRow | undefined;
}

export function openRequests(db: Db, now: Date): RequestRow[] {
  return db.prepare('SELECT * FROM pairing_requests WHERE device_id IS NULL AND expires_at > ? ORDER BY requested_at DESC, id DESC').all(now.toISOString()) as RequestRow[];
}

export function countOpenRequests(db: Db, now: Date): number {
  return db.prepare('SELECT count(*) FROM pairing_requests WHERE device_id IS NULL AND expires_at > ?').pluck().get(now.toISOString()) as number;
}

/** Requests from one source since then that no manager has confirmed (a confirmed one was wanted). */
export function countUnconfirmedFrom(db: Db, source: string | null, since: Date): number {
  return db.prepare('SELECT count(*) FROM pairing_requests WHERE source IS ? AND requested_at > ? AND device_id IS NULL').pluck().get(source, since.toISOString()) as number;
}

export function markRequestConfirmed(db: Db, requestId: number, deviceId: number): void {
  db.prepare('UPDATE pairing_requests SET device_id = ? WHERE id = ?').run(deviceId, requestId);
}

export function deviceInfo(row: DeviceRow, unusedDays: number): PairedDeviceInfo {
  return {
    id: row.id,
    role: row.role,
    terminalId: row.terminal_id,
    windowNo: row.window_no,
    pairedAt: row.paired_at,
    pairedBy: row.paired_by_code,
    lastSeenAt: row.last_seen_at,
    expiresAt: deviceExpiry(row, unusedDays).toISOString(),
    revokedAt: row.revoked_at,
    auto: row.auto === 1,
  };
}

export function requestInfo(row: RequestRow): PairingRequestInfo {
  return { id: row.id, terminalId: row.terminal_id, screen: row.screen, windowNo: row.window_no, source: row.source, requestedAt: row.requested_at, expiresAt: row.expires_at };
}

/** A token unseen for `unusedDays` stops working. */
export function deviceExpiry(row: Pick<DeviceRow, 'last_seen_at' | 'paired_at'>, unusedDays: number): Date {
  return new Date(Date.parse(row.last_seen_at ?? row.paired_at) + unusedDays * 86_400_000);
}

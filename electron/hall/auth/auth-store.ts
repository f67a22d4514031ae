// The SQL of the auth domain, and no one else's: operators (工号, PIN hashes), sessions
// (hashed tokens), the guessing guard's counts (auth_failures) and the PIN policy
// (settings['staff.pinPolicy']). Use cases decide; these functions only read and write rows.
// The ledger reads operators' codes in its day and shift books (see tests/lint/table-owners.test.ts).
import type { Db } from '../db/open.ts';
import type { OperatorRole, Role } from '../../../shared/roles.ts';

// ── operators ────────────────────────────────────────────────────────────────────────────

export interface OperatorRecordRow {
  id: number;
  code: string;
  name: string;
  role: OperatorRole;
  active: number;
  must_change_pin: number;
  created_at: string;
}

/** What a PIN check needs of an operator: who they are, their hash, whether they may still sign in. */
export interface CredentialRow {
  id: number;
  code: string;
  name: string;
  role: OperatorRole;
  pin_hash: string;
  active: number;
}

const RECORD_COLUMNS = 'id, code, name, role, active, must_change_pin, created_at';

export function insertOperator(db: Db, operator: { code: string; name: string; role: OperatorRole; pinHash: string; mustChangePin: boolean }, now: Date): number {
  const info = db
    .prepare('INSERT INTO operators (code, name, role, pin_hash, created_at, must_change_pin, pin_set_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(operator.code, operator.name, operator.role, operator.pinHash, now.toISOString(), operator.mustChangePin ? 1 : 0, now.toISOString());
  return Number(info.lastInsertRowid);
}

/** Active first, managers before cashiers, then by 工号. */
export function operatorRows(db: Db): OperatorRecordRow[] {
  return db.prepare(`SELECT ${RECORD_COLUMNS} FROM operators ORDER BY active DESC, role DESC, code`).all() as OperatorRecordRow[];
}

export function operatorRowById(db: Db, id: number): OperatorRecordRow | undefined {
  return db.prepare(`SELECT ${RECORD_COLUMNS} FROM operators WHERE id = ?`).get(id) as OperatorRecordRow | undefined;
}

export function credentialRowByCode(db: Db, code: string): CredentialRow | undefined {
  return db.prepare('SELECT id, code, name, role, pin_hash, active FROM operators WHERE code = ?').get(code) as CredentialRow | undefined;
}

export function operatorCodeExists(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM operators WHERE code = ?').get(code) !== undefined;
}

export function countOperators(db: Db): number {
  return db.prepare('SELECT COUNT(*) FROM operators').pluck().get() as number;
}

export function countActiveManagers(db: Db): number {
  return db.prepare("SELECT COUNT(*) FROM operators WHERE role = 'manager' AND active = 1").pluck().get() as number;
}

export function updateOperatorPin(db: Db, id: number, pinHash: string, mustChange: boolean, now: Date): void {
  db.prepare('UPDATE operators SET pin_hash = ?, must_change_pin = ?, pin_set_at = ? WHERE id = ?').run(pinHash, mustChange ? 1 : 0, now.toISOString(), id);
}

export function updateOperatorActive(db: Db, id: number, active: boolean): void {
  db.prepare('UPDATE operators SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
}

/** The must_change_pin flag, or undefined for no such operator. */
export function mustChangePinFlag(db: Db, id: number): number | undefined {
  return db.prepare('SELECT must_change_pin FROM operators WHERE id = ?').pluck().get(id) as number | undefined;
}

// ── sessions ─────────────────────────────────────────────────────────────────────────────

export interface SessionInsert {
  tokenKey: string;
  role: Exclude<Role, 'anonymous'>;
  terminalId: string;
  windowNo: number | null;
  operatorId: number | null;
  locale: string;
  deviceId: number | null;
}

/** A session with its operator (if any) as the token's caller is rebuilt from it. */
export interface SessionRow {
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
  /** How it ended: signed out, or taken over by another sign-in at its window (`takenOverBy`). */
  ended_reason: 'signedOut' | 'takenOver' | null;
  taken_over_by: number | null;
}

export function insertSession(db: Db, session: SessionInsert, now: Date): void {
  db.prepare(
    'INSERT INTO sessions (token_sha256, role, terminal_id, window_no, operator_id, locale, created_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(session.tokenKey, session.role, session.terminalId, session.windowNo, session.operatorId, session.locale, now.toISOString(), session.deviceId);
}

export function sessionByTokenKey(db: Db, key: string): SessionRow | undefined {
  return db
    .prepare(
      `SELECT s.role, s.terminal_id, s.window_no, s.locale, s.created_at, s.ended_at, s.ended_reason, s.taken_over_by, s.operator_id, s.device_id,
              o.code AS operator_code, o.name AS operator_name, o.active AS operator_active
         FROM sessions s LEFT JOIN operators o ON o.id = s.operator_id
        WHERE s.token_sha256 = ?`,
    )
    .get(key) as SessionRow | undefined;
}

export function markSessionEnded(db: Db, key: string, now: Date): void {
  db.prepare("UPDATE sessions SET ended_at = ?, ended_reason = 'signedOut' WHERE token_sha256 = ? AND ended_at IS NULL").run(now.toISOString(), key);
}

/** Who holds an open operator session at the window (at most one; an expired one counts until it is ended). */
export function openSessionsAtWindow(db: Db, windowNo: number): Array<{ operatorCode: string; terminalId: string }> {
  return db
    .prepare(
      `SELECT o.code AS operatorCode, s.terminal_id AS terminalId FROM sessions s JOIN operators o ON o.id = s.operator_id
        WHERE s.window_no = ? AND s.ended_at IS NULL AND s.operator_id IS NOT NULL`,
    )
    .all(windowNo) as Array<{ operatorCode: string; terminalId: string }>;
}

/** Ends the window's open operator sessions as taken over by `operatorId` (one session per window). */
export function markWindowTakenOver(db: Db, windowNo: number, operatorId: number, now: Date): void {
  db.prepare(
    `UPDATE sessions SET ended_at = ?, ended_reason = 'takenOver', taken_over_by = ?
      WHERE window_no = ? AND ended_at IS NULL AND operator_id IS NOT NULL`,
  ).run(now.toISOString(), operatorId, windowNo);
}

/** The operator of window N's most recent session opened after `since`, not ended, operator active. */
export function latestOperatorAtWindow(db: Db, windowNo: number, since: string): { id: number; code: string; name: string } | undefined {
  return db
    .prepare(
      `SELECT o.id, o.code, o.name FROM sessions s JOIN operators o ON o.id = s.operator_id
        WHERE s.window_no = ? AND s.ended_at IS NULL AND s.created_at > ? AND o.active = 1
        ORDER BY s.created_at DESC LIMIT 1`,
    )
    .get(windowNo, since) as { id: number; code: string; name: string } | undefined;
}

// ── the guessing guard's counts ──────────────────────────────────────────────────────────

export type LockScope = 'operator' | 'source';

export interface FailureRow {
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export function failureRow(db: Db, scope: LockScope, key: string): FailureRow | undefined {
  return db.prepare('SELECT failures, last_failure_at, locked_until FROM auth_failures WHERE scope = ? AND key = ?').get(scope, key) as FailureRow | undefined;
}

export function putFailures(db: Db, scope: LockScope, key: string, failures: number, at: Date, lockedUntil: string | null): void {
  db.prepare(
    `INSERT INTO auth_failures (scope, key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(scope, key) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
  ).run(scope, key, failures, at.toISOString(), lockedUntil);
}

/** Removes a count and its lock; whether there was one. */
export function deleteFailures(db: Db, scope: LockScope, key: string): boolean {
  return db.prepare('DELETE FROM auth_failures WHERE scope = ? AND key = ?').run(scope, key).changes > 0;
}

/** Counts on record, locked first, most recent first (at most 200). */
export function failureRows(db: Db): Array<FailureRow & { scope: LockScope; key: string }> {
  return db
    .prepare('SELECT scope, key, failures, last_failure_at, locked_until FROM auth_failures WHERE failures > 0 ORDER BY locked_until IS NULL, locked_until DESC, last_failure_at DESC LIMIT 200')
    .all() as Array<FailureRow & { scope: LockScope; key: string }>;
}

// ── the PIN policy (auth's one key of the shared settings table) ─────────────────────────

const PIN_POLICY_KEY = 'staff.pinPolicy';

/** The stored policy's JSON text, or undefined when none was set. */
export function pinPolicyText(db: Db): string | undefined {
  return db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(PIN_POLICY_KEY) as string | undefined;
}

export function putPinPolicyText(db: Db, json: string, now: Date, operatorId: number | null): void {
  db.prepare(
    'INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(PIN_POLICY_KEY, json, now.toISOString(), operatorId);
}

import { DomainError } from '../../../shared/errors.ts';
import type { OperatorRole } from '../../../shared/roles.ts';
import type { Db } from '../db/open.ts';
import { hashPin, verifyPin } from './pin.ts';

export interface Operator {
  id: number;
  code: string;
  name: string;
  role: OperatorRole;
}

interface OperatorRow extends Operator {
  pin_hash: string;
  active: number;
}

export function createOperator(db: Db, operator: { code: string; name: string; role: OperatorRole; pin: string }, now: Date): Operator {
  const info = db
    .prepare('INSERT INTO operators (code, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(operator.code, operator.name, operator.role, hashPin(operator.pin), now.toISOString());
  return { id: Number(info.lastInsertRowid), code: operator.code, name: operator.name, role: operator.role };
}

/**
 * Checks an operator's 工号 + PIN. Used for sign-in and for a manager's approval of a
 * reversal or waiver at someone else's counter. Throws bad_credentials without saying
 * which half was wrong.
 */
export function authenticateOperator(db: Db, code: string, pin: string, requiredRole?: OperatorRole): Operator {
  const row = db.prepare('SELECT id, code, name, role, pin_hash, active FROM operators WHERE code = ?').get(code) as OperatorRow | undefined;
  if (!row || row.active !== 1 || !verifyPin(pin, row.pin_hash)) throw new DomainError('bad_credentials');
  if (requiredRole && row.role !== requiredRole) throw new DomainError('forbidden', { role: row.role });
  return { id: row.id, code: row.code, name: row.name, role: row.role };
}

/** Runs a check; if it throws, records the refusal first (used for PINs: wrong ones are on record). */
export function onRefusal<T>(check: () => T, record: () => void): T {
  try {
    return check();
  } catch (error) {
    record();
    throw error;
  }
}

/** A manager's approval at the counter (冲正, 滞纳金减免); a wrong one is audited even though the command is refused. */
export function approveAsManager(env: { db: Db; auditIfRefused(entry: { action: string; subject?: string | null; details?: Record<string, unknown> }): void }, code: string, pin: string, what: string): Operator {
  return onRefusal(
    () => authenticateOperator(env.db, code, pin, 'manager'),
    () => env.auditIfRefused({ action: 'approval.refused', subject: what, details: { managerCode: code } }),
  );
}

import { DomainError } from '../../../shared/errors.ts';
import type { OperatorRole } from '../../../shared/roles.ts';
import type { Db } from '../db/open.ts';
import { hashPin } from './pin.ts';
import type { VerifiedOperator } from '../handlers.ts';

export interface Operator {
  id: number;
  code: string;
  name: string;
  role: OperatorRole;
}

export function createOperator(db: Db, operator: { code: string; name: string; role: OperatorRole; pin: string; mustChangePin?: boolean }, now: Date): Operator {
  const info = db
    .prepare('INSERT INTO operators (code, name, role, pin_hash, created_at, must_change_pin, pin_set_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(operator.code, operator.name, operator.role, hashPin(operator.pin), now.toISOString(), operator.mustChangePin ? 1 : 0, now.toISOString());
  return { id: Number(info.lastInsertRowid), code: operator.code, name: operator.name, role: operator.role };
}

export interface OperatorRecord extends Operator {
  active: boolean;
  mustChangePin: boolean;
  createdAt: string;
}

const RECORD_COLUMNS = 'id, code, name, role, active, must_change_pin, created_at';
type RecordRow = { id: number; code: string; name: string; role: OperatorRole; active: number; must_change_pin: number; created_at: string };
const toRecord = (r: RecordRow): OperatorRecord => ({ id: r.id, code: r.code, name: r.name, role: r.role, active: r.active === 1, mustChangePin: r.must_change_pin === 1, createdAt: r.created_at });

export function listOperators(db: Db): OperatorRecord[] {
  return (db.prepare(`SELECT ${RECORD_COLUMNS} FROM operators ORDER BY active DESC, role DESC, code`).all() as RecordRow[]).map(toRecord);
}

export function findOperator(db: Db, id: number): OperatorRecord | null {
  const row = db.prepare(`SELECT ${RECORD_COLUMNS} FROM operators WHERE id = ?`).get(id) as RecordRow | undefined;
  return row ? toRecord(row) : null;
}

/** Whether an operator number is in use (by anyone, active or not: numbers are never reused). */
export function operatorCodeTaken(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM operators WHERE code = ?').get(code) !== undefined;
}

export function operatorCount(db: Db): number {
  return db.prepare('SELECT COUNT(*) FROM operators').pluck().get() as number;
}

export function activeManagerCount(db: Db): number {
  return db.prepare("SELECT COUNT(*) FROM operators WHERE role = 'manager' AND active = 1").pluck().get() as number;
}

/** A new PIN: chosen by the operator (mustChange false) or set by a manager (true: temporary). */
export function setOperatorPin(db: Db, id: number, pin: string, mustChange: boolean, now: Date): void {
  db.prepare('UPDATE operators SET pin_hash = ?, must_change_pin = ?, pin_set_at = ? WHERE id = ?').run(hashPin(pin), mustChange ? 1 : 0, now.toISOString(), id);
}

export function setOperatorActive(db: Db, id: number, active: boolean): void {
  db.prepare('UPDATE operators SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
}

export function mustChangePin(db: Db, id: number): boolean {
  return (db.prepare('SELECT must_change_pin FROM operators WHERE id = ?').pluck().get(id) as number | undefined) === 1;
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

interface ApprovalEnv {
  credential: VerifiedOperator | null;
  caller: { operator: { id: number } | null };
  auditIfRefused(entry: { action: string; subject?: string | null; details?: Record<string, unknown> }): void;
}

/**
 * A manager's approval at the counter (冲正, 滞纳金减免, a locked-down terminal): the one function
 * every approval field goes through. The 工号 + PIN were checked before the transaction (the
 * method declares them as its `credentials`, so lockout and the slow hash apply); here the
 * approver must be that operator, a manager, and another person than the operator signed in
 * at the caller's session (four eyes: a manager at a till cannot approve their own reversal), and
 * than the operator of the act approved (`actOf`: the payment a reversal undoes).
 * A refusal is audited even though the command rolls back.
 */
export function approveAsManager(env: ApprovalEnv, code: string, _pin: string, what: string, actOf: number | null = null): Operator {
  return onRefusal(
    () => {
      const approver = env.credential;
      // a method that carries an approval without declaring it would skip the guessing guard
      if (!approver || approver.code !== code) throw new Error(`approval for ${what} carries credentials its method does not declare`);
      if (approver.role !== 'manager') throw new DomainError('forbidden', { role: approver.role });
      if (env.caller.operator && env.caller.operator.id === approver.id) throw new DomainError('forbidden', { managerCode: code }, { key: 'errors:selfApproval' });
      // nor the approval of an act that was theirs, whoever asks for it (their own payment's reversal)
      if (actOf !== null && actOf === approver.id) throw new DomainError('forbidden', { managerCode: code }, { key: 'errors:selfApproval' });
      return approver;
    },
    () => env.auditIfRefused({ action: 'approval.refused', subject: what, details: { managerCode: code } }),
  );
}

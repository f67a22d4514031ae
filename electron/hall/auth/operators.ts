import { DomainError } from '../../../shared/errors.ts';
import type { OperatorRole } from '../../../shared/roles.ts';
import type { Db } from '../db/open.ts';
import { hashPin } from './pin.ts';
import type { VerifiedOperator } from '../handlers.ts';
import {
  countActiveManagers,
  countOperators,
  insertOperator,
  mustChangePinFlag,
  operatorCodeExists,
  operatorRowById,
  operatorRows,
  updateOperatorActive,
  updateOperatorPin,
  type OperatorRecordRow,
} from './auth-store.ts';

export interface Operator {
  id: number;
  code: string;
  name: string;
  role: OperatorRole;
}

export function createOperator(db: Db, operator: { code: string; name: string; role: OperatorRole; pin: string; mustChangePin?: boolean }, now: Date): Operator {
  const id = insertOperator(db, { code: operator.code, name: operator.name, role: operator.role, pinHash: hashPin(operator.pin), mustChangePin: operator.mustChangePin ?? false }, now);
  return { id, code: operator.code, name: operator.name, role: operator.role };
}

export interface OperatorRecord extends Operator {
  active: boolean;
  mustChangePin: boolean;
  createdAt: string;
}

const toRecord = (r: OperatorRecordRow): OperatorRecord => ({ id: r.id, code: r.code, name: r.name, role: r.role, active: r.active === 1, mustChangePin: r.must_change_pin === 1, createdAt: r.created_at });

export function listOperators(db: Db): OperatorRecord[] {
  return operatorRows(db).map(toRecord);
}

export function findOperator(db: Db, id: number): OperatorRecord | null {
  const row = operatorRowById(db, id);
  return row ? toRecord(row) : null;
}

/** Whether an operator number is in use (by anyone, active or not: numbers are never reused). */
export function operatorCodeTaken(db: Db, code: string): boolean {
  return operatorCodeExists(db, code);
}

export function operatorCount(db: Db): number {
  return countOperators(db);
}

export function activeManagerCount(db: Db): number {
  return countActiveManagers(db);
}

/** A new PIN: chosen by the operator (mustChange false) or set by a manager (true: temporary). */
export function setOperatorPin(db: Db, id: number, pin: string, mustChange: boolean, now: Date): void {
  updateOperatorPin(db, id, hashPin(pin), mustChange, now);
}

export function setOperatorActive(db: Db, id: number, active: boolean): void {
  updateOperatorActive(db, id, active);
}

export function mustChangePin(db: Db, id: number): boolean {
  return mustChangePinFlag(db, id) === 1;
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

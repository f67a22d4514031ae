// The manager's operator list: add someone, reset a forgotten PIN, deactivate or reactivate.
// A PIN a manager sets is temporary (changed at the next sign-in); every change is audited.
import { DomainError } from '../../../shared/errors.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput, Output } from '../../../shared/api/index.ts';
import { activeManagerCount, assertPinAllowed, createOperator, findOperator, operatorCodeTaken, setOperatorActive, setOperatorPin, type OperatorRecord } from '../auth/index.ts';

function existing(env: HandlerEnv, id: number): OperatorRecord {
  const operator = findOperator(env.db, id);
  if (!operator) throw new DomainError('not_found', { id }, { key: 'errors:notFound.operator' });
  return operator;
}

export function addOperator(input: ParsedInput<'staff.createOperator'>, env: HandlerEnv): Output<'staff.createOperator'> {
  if (operatorCodeTaken(env.db, input.code)) throw new DomainError('conflict', { code: input.code }, { key: 'staff:errors.codeTaken' });
  assertPinAllowed(env.db, input.pin);
  const created = createOperator(env.db, { ...input, mustChangePin: true }, env.now);
  env.audit({ action: 'staff.operatorCreated', subject: created.code, details: { role: created.role, name: created.name } });
  return existing(env, created.id);
}

export function resetPin(input: ParsedInput<'staff.resetPin'>, env: HandlerEnv): Output<'staff.resetPin'> {
  const operator = existing(env, input.operatorId);
  assertPinAllowed(env.db, input.pin);
  setOperatorPin(env.db, operator.id, input.pin, true, env.now);
  env.audit({ action: 'staff.pinReset', subject: operator.code });
  return existing(env, operator.id);
}

export function setActive(input: ParsedInput<'staff.setActive'>, env: HandlerEnv): Output<'staff.setActive'> {
  const operator = existing(env, input.operatorId);
  if (operator.active === input.active) return operator;
  if (!input.active) {
    if (operator.id === env.caller.operator?.id) throw new DomainError('conflict', {}, { key: 'staff:errors.notYourself' });
    if (operator.role === 'manager' && activeManagerCount(env.db) <= 1) throw new DomainError('conflict', {}, { key: 'staff:errors.lastManager' });
  }
  setOperatorActive(env.db, operator.id, input.active);
  env.audit({ action: input.active ? 'staff.operatorActivated' : 'staff.operatorDeactivated', subject: operator.code });
  return existing(env, operator.id);
}

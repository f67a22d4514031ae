// First run of a real installation: no operator exists, so nobody could sign in. The setup
// names the branch, opens its counter windows and creates the first manager with a PIN they
// choose themselves. Once any operator exists it is refused: it cannot be used to add a
// manager behind the branch's back.
import { DomainError } from '../../../shared/errors.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput, Output } from '../../../shared/api/index.ts';
import { assertPinAllowed, createOperator, operatorCount } from '../auth/index.ts';
import { openCounterWindows } from '../queue/index.ts';
import { applyBranchSettings, writeBranchSettings } from './staff-settings.ts';

export function completeSetup(input: ParsedInput<'staff.completeSetup'>, env: HandlerEnv): Output<'staff.completeSetup'> {
  const { db } = env;
  if (operatorCount(db) > 0) throw new DomainError('conflict', {}, { key: 'staff:errors.alreadySetUp' });
  assertPinAllowed(db, input.manager.pin);
  openCounterWindows(db, input.windowCount);
  const manager = createOperator(db, { ...input.manager, role: 'manager', mustChangePin: false }, env.now);
  const branch = { branchName: input.branchName, ...(input.companyName ? { companyName: input.companyName } : {}) };
  writeBranchSettings(db, branch, env.now, manager.id);
  env.audit({ action: 'setup.completed', subject: input.branchName, details: { windowCount: input.windowCount, managerCode: manager.code } });
  env.afterCommit(() => applyBranchSettings(env.config, branch));
  return { ok: true, managerId: manager.id };
}

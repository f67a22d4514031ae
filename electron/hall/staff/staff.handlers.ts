import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { approveAsManager, listOperators, operatorCount, readPinPolicy, writePinPolicy } from '../auth/index.ts';
import { completeSetup } from './complete-setup.ts';
import { addOperator, resetPin, setActive } from './manage-operators.ts';

export function staffHandlers(services: HallServices): HandlersOf<'staff'> {
  const { db } = services;
  return {
    'staff.setupStatus': (_input, env) => ({ needed: operatorCount(db) === 0, branchName: env.config.branchName }),
    'staff.completeSetup': completeSetup,
    'staff.listOperators': () => ({ operators: listOperators(db), pinPolicy: readPinPolicy(db) }),
    'staff.createOperator': addOperator,
    'staff.resetPin': resetPin,
    'staff.setActive': setActive,
    'staff.setPinPolicy': (input, env) => {
      writePinPolicy(db, input, env.now, env.caller.operator?.id ?? null);
      env.audit({ action: 'staff.pinPolicyChanged', details: input });
      return input;
    },
    'staff.approveTerminalAdmin': (input, env) => {
      const manager = approveAsManager(env, input.operatorCode, input.pin, `terminal:${input.action}`);
      env.audit({ action: `terminal.admin.${input.action}`, subject: env.caller.terminalId, details: { managerCode: manager.code } });
      return { ok: true as const, operatorCode: manager.code };
    },
  };
}

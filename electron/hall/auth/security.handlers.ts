// The manager's side of the guessing guard: what is locked, and the unlock.
import type { HandlersOf } from '../module.ts';
import type { HallServices } from '../handlers.ts';
import { clearLockout, listLockouts } from './lockouts.ts';

export function securityHandlers(services: HallServices): HandlersOf<'security'> {
  const { db } = services;
  return {
    'security.listLockouts': (_input, env) => ({ lockouts: listLockouts(db, env.now) }),
    'security.unlock': (input, env) => {
      const cleared = clearLockout(db, input.scope, input.key);
      env.audit({ action: 'auth.unlocked', subject: input.key, details: { scope: input.scope, cleared } });
      return { cleared };
    },
  };
}

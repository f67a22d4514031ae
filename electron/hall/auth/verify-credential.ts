// A PIN carried by a call (sign-in or a manager's approval), checked before the command's
// write transaction: the lock is looked at by reading alone (a locked claim is refused with no
// write and no hash; the check is held among the running ones, so parallel guesses cannot slip
// under the limit), then scrypt runs off the hall's thread, then one write transaction records
// a failure, or clears the operator's count after a right PIN. A refusal and the start of a
// lock are audited with the source they came from.
import { DomainError } from '../../../shared/errors.ts';
import type { CredentialClaim } from '../../../shared/api/contract.ts';
import type { Caller, VerifiedOperator } from '../handlers.ts';
import type { Db } from '../db/open.ts';
import type { Clock } from '../clock.ts';
import { writeAudit } from '../audit/index.ts';
import { verifyPin } from './pin.ts';
import { admitAttempt, countAttempt, forgive, OPERATOR_POLICY, SOURCE_POLICY } from './lockouts.ts';
import { assertMayTakeWindow } from './window-binding.ts';
import { credentialRowByCode } from './auth-store.ts';

export const REFUSAL_ACTIONS = { signIn: 'session.loginRefused', approval: 'approval.refused' } as const;

function lockedError(seconds: number): DomainError {
  return new DomainError('forbidden', { seconds }, { key: 'net:errors.lockedOut' });
}

export async function verifyCredential(services: { db: Db; clock: Clock }, claim: CredentialClaim, caller: Caller): Promise<VerifiedOperator> {
  const { db, clock } = services;
  // In-process calls (tests, the CLI) have no source to lock; every transport names one.
  const source = caller.source ?? null;
  const refusal = { action: REFUSAL_ACTIONS[claim.purpose], subject: claim.subject, details: claim.purpose === 'signIn' ? { ...claim.details } : { managerCode: claim.code, ...claim.details } };

  // a sign-in at a window this machine is not paired for is refused before any PIN is looked at
  assertMayTakeWindow(caller, claim.windowNo ?? null);

  const admission = admitAttempt(db, [{ scope: 'operator', key: claim.code }, ...(source ? [{ scope: 'source' as const, key: source }] : [])], clock.now());
  // Not audited one by one: a locked guesser would only fill the log; the lock itself is on record.
  if (admission.locked > 0) throw lockedError(admission.locked);
  try {
    const found = credentialRowByCode(db, claim.code);
    const live = found && found.active === 1 ? found : null;
    const right = await verifyPin(claim.pin, live ? live.pin_hash : null);

    const after = clock.now();
    if (right && live) {
      forgive(db, claim.code);
      return { id: live.id, code: live.code, name: live.name, role: live.role };
    }
    db.transaction(() => {
      const operator = countAttempt(db, 'operator', claim.code, after);
      const bySource = source ? countAttempt(db, 'source', source, after) : null;
      writeAudit(db, caller, after, refusal);
      if (operator.failures === OPERATOR_POLICY.free) writeAudit(db, caller, after, { action: 'auth.lockedOut', subject: claim.code, details: { scope: 'operator', failures: operator.failures, seconds: operator.lockSeconds } });
      if (bySource && source && bySource.failures === SOURCE_POLICY.free) writeAudit(db, caller, after, { action: 'auth.lockedOut', subject: source, details: { scope: 'source', failures: bySource.failures, seconds: bySource.lockSeconds } });
    }).immediate();
  } finally {
    admission.release();
  }
  throw new DomainError('bad_credentials');
}

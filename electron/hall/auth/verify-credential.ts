// A PIN carried by a call (sign-in or a manager's approval), checked before the command's
// write transaction: the lock is looked at and the attempt counted first (synchronously, so
// parallel guesses are all counted), then scrypt runs off the hall's thread, then the count
// is undone if the PIN was right. A refusal and the start of a lock are audited with the
// source they came from.
import { DomainError } from '../../../shared/errors.ts';
import type { CredentialClaim } from '../../../shared/api/contract.ts';
import type { Caller, VerifiedOperator } from '../handlers.ts';
import type { Db } from '../db/open.ts';
import type { Clock } from '../clock.ts';
import { writeAudit } from '../audit/index.ts';
import { verifyPin } from './pin.ts';
import { countAttempt, forgive, lockedFor, OPERATOR_POLICY, SOURCE_POLICY } from './lockouts.ts';
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

  const before = clock.now();
  const attempt = db
    .transaction(() => {
      const locked = Math.max(lockedFor(db, 'operator', claim.code, before), source ? lockedFor(db, 'source', source, before) : 0);
      // Not audited one by one: a locked guesser would only fill the log; the lock itself is on record.
      if (locked > 0) return { locked };
      return { locked: 0, operator: countAttempt(db, 'operator', claim.code, before), source: source ? countAttempt(db, 'source', source, before) : null };
    })
    .immediate();
  if (attempt.locked > 0) throw lockedError(attempt.locked);

  const found = credentialRowByCode(db, claim.code);
  const live = found && found.active === 1 ? found : null;
  const right = await verifyPin(claim.pin, live ? live.pin_hash : null);

  const after = clock.now();
  if (right && live) {
    db.transaction(() => {
      forgive(db, 'operator', claim.code);
      if (source) forgive(db, 'source', source);
    }).immediate();
    return { id: live.id, code: live.code, name: live.name, role: live.role };
  }
  const { operator, source: bySource } = attempt as { operator: { failures: number; lockSeconds: number }; source: { failures: number; lockSeconds: number } | null };
  db.transaction(() => {
    writeAudit(db, caller, after, refusal);
    if (operator.failures === OPERATOR_POLICY.free) writeAudit(db, caller, after, { action: 'auth.lockedOut', subject: claim.code, details: { scope: 'operator', failures: operator.failures, seconds: operator.lockSeconds } });
    if (bySource && source && bySource.failures === SOURCE_POLICY.free) writeAudit(db, caller, after, { action: 'auth.lockedOut', subject: source, details: { scope: 'source', failures: bySource.failures, seconds: bySource.lockSeconds } });
  }).immediate();
  throw new DomainError('bad_credentials');
}

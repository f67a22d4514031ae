// Guessing stops: every PIN check is counted against the operator code it names and the
// source it came from, before scrypt runs (so parallel guesses cannot all slip under the
// limit while their hashes are being computed). After a few failures the operator (or the
// source) is refused outright for a while that doubles with each further failure; a good
// PIN clears its operator's count, time clears both, and a manager can unlock either.
import type { Db } from '../db/open.ts';
import { deleteFailures, failureRow, failureRows, putFailures, returnSourceAttempt, type LockScope } from './auth-store.ts';

export type { LockScope };

export interface GuessPolicy {
  /** Failures allowed before the first lock. */
  free: number;
  /** Length of the first lock; each further failure doubles it, up to maxLockSeconds. */
  firstLockSeconds: number;
  maxLockSeconds: number;
  /** A count untouched this long starts again from zero. */
  forgetAfterSeconds: number;
}

/** An operator's PIN: 5 tries, then 30 s, 1 min, 2 min … up to 15 min per further failure. */
export const OPERATOR_POLICY: GuessPolicy = { free: 5, firstLockSeconds: 30, maxLockSeconds: 900, forgetAfterSeconds: 3600 };
/** A source trying several codes (or the whole staff list): a little more room, the same backoff. */
export const SOURCE_POLICY: GuessPolicy = { free: 10, firstLockSeconds: 30, maxLockSeconds: 900, forgetAfterSeconds: 3600 };

const POLICIES: Record<LockScope, GuessPolicy> = { operator: OPERATOR_POLICY, source: SOURCE_POLICY };

export interface Lockout {
  scope: LockScope;
  key: string;
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

/** Seconds left of a lock on this operator or source, or 0. */
export function lockedFor(db: Db, scope: LockScope, key: string, now: Date): number {
  const r = failureRow(db, scope, key);
  if (!r?.locked_until) return 0;
  const left = Math.ceil((Date.parse(r.locked_until) - now.getTime()) / 1000);
  return left > 0 ? left : 0;
}

export function lockSeconds(policy: GuessPolicy, failures: number): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxLockSeconds, policy.firstLockSeconds * 2 ** Math.min(failures - policy.free, 20));
}

/** Counts one attempt as a failure (undone by `forgive` when the PIN was right). Returns the new count and the lock it sets. */
export function countAttempt(db: Db, scope: LockScope, key: string, now: Date): { failures: number; lockSeconds: number } {
  const policy = POLICIES[scope];
  const r = failureRow(db, scope, key);
  const stale = !r || now.getTime() - Date.parse(r.last_failure_at) > policy.forgetAfterSeconds * 1000;
  const failures = (stale ? 0 : r.failures) + 1;
  const seconds = lockSeconds(policy, failures);
  const until = seconds > 0 ? new Date(now.getTime() + seconds * 1000).toISOString() : null;
  putFailures(db, scope, key, failures, now, until);
  return { failures, lockSeconds: seconds };
}

/** The PIN was right after all: the operator's count starts again; the source only gets this one attempt back. */
export function forgive(db: Db, scope: LockScope, key: string): void {
  if (scope === 'operator') {
    deleteFailures(db, 'operator', key);
    return;
  }
  returnSourceAttempt(db, key, SOURCE_POLICY.free);
}

/** A manager's unlock: the count and the lock are gone. Returns whether there was anything to clear. */
export function clearLockout(db: Db, scope: LockScope, key: string): boolean {
  return deleteFailures(db, scope, key);
}

/** Operators and sources with failures on record (locked first), for the manager's security panel. */
export function listLockouts(db: Db, now: Date): Lockout[] {
  return failureRows(db).map((r) => ({
    scope: r.scope,
    key: r.key,
    failures: r.failures,
    lastFailureAt: r.last_failure_at,
    lockedUntil: r.locked_until && Date.parse(r.locked_until) > now.getTime() ? r.locked_until : null,
  }));
}

// Guessing stops: every failed PIN check is counted against the operator code it names and
// the source it came from. After a few failures the operator (or the source) is refused
// outright for a while that doubles with each further failure; a good PIN clears its
// operator's count, time clears both, and a manager can unlock either.
// Whether a check may run at all is decided by reading alone, before scrypt: a locked guesser
// costs no write and never waits behind the hall's writers. So that parallel guesses cannot all
// slip under the limit while their hashes run, the checks still running are held in memory and
// counted as failures-to-be (the hall is the one process that writes its database).
import type { Db } from '../db/open.ts';
import { deleteFailures, failureRow, failureRows, putFailures, type FailureRow, type LockScope } from './auth-store.ts';

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
  return secondsLeft(failureRow(db, scope, key), now);
}

function secondsLeft(r: FailureRow | undefined, now: Date): number {
  if (!r?.locked_until) return 0;
  const left = Math.ceil((Date.parse(r.locked_until) - now.getTime()) / 1000);
  return left > 0 ? left : 0;
}

export function lockSeconds(policy: GuessPolicy, failures: number): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxLockSeconds, policy.firstLockSeconds * 2 ** Math.min(failures - policy.free, 20));
}

/** Failures on record that still count (a count untouched for long enough starts again). */
function standing(policy: GuessPolicy, r: FailureRow | undefined, now: Date): number {
  if (!r || now.getTime() - Date.parse(r.last_failure_at) > policy.forgetAfterSeconds * 1000) return 0;
  return r.failures;
}

/** PIN checks whose hash is still running, per database, by `scope:key`. */
const running = new WeakMap<Db, Map<string, number>>();

export interface Admission {
  /** Seconds the claim is refused for; 0 when it was admitted. */
  locked: number;
  /** Gives back an admitted check's place among the running ones: once its outcome is on record. */
  release(): void;
}

/**
 * Whether a PIN check may run now, by reading alone: refused while its operator or source is
 * locked, or would be once the checks already running for it fail; otherwise it is held among
 * the running ones until `release`.
 */
export function admitAttempt(db: Db, claims: ReadonlyArray<{ scope: LockScope; key: string }>, now: Date): Admission {
  const inFlight = running.get(db) ?? new Map<string, number>();
  let locked = 0;
  for (const { scope, key } of claims) {
    const r = failureRow(db, scope, key);
    const ahead = inFlight.get(`${scope}:${key}`) ?? 0;
    // with none running, the lock on record decides; with some, the lock their failures would set
    locked = Math.max(locked, secondsLeft(r, now), ahead > 0 ? lockSeconds(POLICIES[scope], standing(POLICIES[scope], r, now) + ahead) : 0);
  }
  if (locked > 0) return { locked, release: () => undefined };
  running.set(db, inFlight);
  const names = claims.map(({ scope, key }) => `${scope}:${key}`);
  for (const name of names) inFlight.set(name, (inFlight.get(name) ?? 0) + 1);
  let released = false;
  return {
    locked: 0,
    release() {
      if (released) return;
      released = true;
      for (const name of names) {
        const left = (inFlight.get(name) ?? 1) - 1;
        if (left > 0) inFlight.set(name, left);
        else inFlight.delete(name);
      }
    },
  };
}

/** Records one failed check. Returns the new count and the lock it sets. */
export function countAttempt(db: Db, scope: LockScope, key: string, now: Date): { failures: number; lockSeconds: number } {
  const policy = POLICIES[scope];
  const failures = standing(policy, failureRow(db, scope, key), now) + 1;
  const seconds = lockSeconds(policy, failures);
  const until = seconds > 0 ? new Date(now.getTime() + seconds * 1000).toISOString() : null;
  putFailures(db, scope, key, failures, now, until);
  return { failures, lockSeconds: seconds };
}

/** The PIN was right: the operator's count starts again (written only when there is one). A right PIN was never counted against its source. */
export function forgive(db: Db, code: string): void {
  if (failureRow(db, 'operator', code)) deleteFailures(db, 'operator', code);
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

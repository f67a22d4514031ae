// Guessing stops: every PIN check is counted against the operator code it names and the
// source it came from, before scrypt runs (so parallel guesses cannot all slip under the
// limit while their hashes are being computed). After a few failures the operator (or the
// source) is refused outright for a while that doubles with each further failure; a good
// PIN clears its operator's count, time clears both, and a manager can unlock either.
import type { Db } from '../db/open.ts';

export type LockScope = 'operator' | 'source';

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

interface FailureRow {
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface Lockout {
  scope: LockScope;
  key: string;
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

function row(db: Db, scope: LockScope, key: string): FailureRow | undefined {
  return db.prepare('SELECT failures, last_failure_at, locked_until FROM auth_failures WHERE scope = ? AND key = ?').get(scope, key) as FailureRow | undefined;
}

/** Seconds left of a lock on this operator or source, or 0. */
export function lockedFor(db: Db, scope: LockScope, key: string, now: Date): number {
  const r = row(db, scope, key);
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
  const r = row(db, scope, key);
  const stale = !r || now.getTime() - Date.parse(r.last_failure_at) > policy.forgetAfterSeconds * 1000;
  const failures = (stale ? 0 : r.failures) + 1;
  const seconds = lockSeconds(policy, failures);
  const until = seconds > 0 ? new Date(now.getTime() + seconds * 1000).toISOString() : null;
  db.prepare(
    `INSERT INTO auth_failures (scope, key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(scope, key) DO UPDATE SET failures = excluded.failures, last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
  ).run(scope, key, failures, now.toISOString(), until);
  return { failures, lockSeconds: seconds };
}

/** The PIN was right after all: the operator's count starts again; the source only gets this one attempt back. */
export function forgive(db: Db, scope: LockScope, key: string): void {
  if (scope === 'operator') {
    db.prepare("DELETE FROM auth_failures WHERE scope = 'operator' AND key = ?").run(key);
    return;
  }
  db.prepare(
    `UPDATE auth_failures SET failures = MAX(failures - 1, 0),
            locked_until = CASE WHEN failures - 1 < ? THEN NULL ELSE locked_until END
      WHERE scope = 'source' AND key = ?`,
  ).run(SOURCE_POLICY.free, key);
}

/** A manager's unlock: the count and the lock are gone. Returns whether there was anything to clear. */
export function clearLockout(db: Db, scope: LockScope, key: string): boolean {
  return db.prepare('DELETE FROM auth_failures WHERE scope = ? AND key = ?').run(scope, key).changes > 0;
}

/** Operators and sources with failures on record (locked first), for the manager's security panel. */
export function listLockouts(db: Db, now: Date): Lockout[] {
  const rows = db
    .prepare('SELECT scope, key, failures, last_failure_at, locked_until FROM auth_failures WHERE failures > 0 ORDER BY locked_until IS NULL, locked_until DESC, last_failure_at DESC LIMIT 200')
    .all() as Array<FailureRow & { scope: LockScope; key: string }>;
  return rows.map((r) => ({
    scope: r.scope,
    key: r.key,
    failures: r.failures,
    lastFailureAt: r.last_failure_at,
    lockedUntil: r.locked_until && Date.parse(r.locked_until) > now.getTime() ? r.locked_until : null,
  }));
}

// The branch's PIN policy (settings['staff.pinPolicy']) and the check every new PIN passes:
// set by a manager, chosen at first sign-in, or chosen at setup.
import type { Db } from '../db/open.ts';
import { DomainError } from '../../../shared/errors.ts';
import { DEFAULT_PIN_POLICY, checkPin, pinPolicySchema, type PinPolicy } from '../../../shared/pin-policy.ts';

const PIN_POLICY_KEY = 'staff.pinPolicy';

export function readPinPolicy(db: Db): PinPolicy {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(PIN_POLICY_KEY) as string | undefined;
  const parsed = pinPolicySchema.safeParse(raw === undefined ? undefined : JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_PIN_POLICY;
}

export function writePinPolicy(db: Db, policy: PinPolicy, now: Date, operatorId: number | null): void {
  db.prepare(
    'INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(PIN_POLICY_KEY, JSON.stringify(policy), now.toISOString(), operatorId);
}

export function assertPinAllowed(db: Db, pin: string): void {
  const problem = checkPin(pin, readPinPolicy(db));
  if (problem) throw new DomainError('invalid_input', problem.params, { key: `staff:pin.${problem.key}` });
}

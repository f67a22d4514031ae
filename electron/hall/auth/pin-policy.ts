// The branch's PIN policy (settings['staff.pinPolicy']) and the check every new PIN passes:
// set by a manager, chosen at first sign-in, or chosen at setup.
import type { Db } from '../db/open.ts';
import { DomainError } from '../../../shared/errors.ts';
import { DEFAULT_PIN_POLICY, checkPin, pinPolicySchema, type PinPolicy } from '../../../shared/pin-policy.ts';
import { pinPolicyText, putPinPolicyText } from './auth-store.ts';

export function readPinPolicy(db: Db): PinPolicy {
  const raw = pinPolicyText(db);
  const parsed = pinPolicySchema.safeParse(raw === undefined ? undefined : JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_PIN_POLICY;
}

export function writePinPolicy(db: Db, policy: PinPolicy, now: Date, operatorId: number | null): void {
  putPinPolicyText(db, JSON.stringify(policy), now, operatorId);
}

export function assertPinAllowed(db: Db, pin: string): void {
  const problem = checkPin(pin, readPinPolicy(db));
  if (problem) throw new DomainError('invalid_input', problem.params, { key: `staff:pin.${problem.key}` });
}

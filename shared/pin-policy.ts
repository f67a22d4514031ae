// What a PIN chosen or set for an operator must look like. One rule for the hall (which
// enforces it) and the screens (which say what is wrong before sending). Existing PINs are
// not re-checked: a stricter policy applies from the next PIN set.
import { z } from 'zod';

export const pinPolicySchema = z
  .object({
    /** Shortest and longest PIN. */
    minLength: z.number().int().min(4).max(12),
    maxLength: z.number().int().min(4).max(12),
    /** Digits only (a counter keypad), or letters as well. */
    digitsOnly: z.boolean(),
    /** Refuse 111111, 123456, 654321 and the like. */
    refuseTrivial: z.boolean(),
  })
  .strict()
  .refine((p) => p.minLength <= p.maxLength, { path: ['maxLength'], message: 'maxLength < minLength' });
export type PinPolicy = z.infer<typeof pinPolicySchema>;

export const DEFAULT_PIN_POLICY: PinPolicy = { minLength: 6, maxLength: 6, digitsOnly: true, refuseTrivial: true };

export type PinProblem =
  | { key: 'tooShort'; params: { min: number } }
  | { key: 'tooLong'; params: { max: number } }
  | { key: 'digitsOnly'; params: Record<string, never> }
  | { key: 'lettersAndDigits'; params: Record<string, never> }
  | { key: 'trivial'; params: Record<string, never> };

function isTrivial(pin: string): boolean {
  if (/^(.)\1*$/.test(pin)) return true;
  if (!/^\d+$/.test(pin)) return false;
  const steps = [...pin].slice(1).map((c, i) => Number(c) - Number(pin[i]));
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

/** The first thing wrong with a new PIN under the policy, or null when it is acceptable. */
export function checkPin(pin: string, policy: PinPolicy): PinProblem | null {
  if (pin.length < policy.minLength) return { key: 'tooShort', params: { min: policy.minLength } };
  if (pin.length > policy.maxLength) return { key: 'tooLong', params: { max: policy.maxLength } };
  if (policy.digitsOnly && !/^\d+$/.test(pin)) return { key: 'digitsOnly', params: {} };
  if (!policy.digitsOnly && !/^[0-9A-Za-z]+$/.test(pin)) return { key: 'lettersAndDigits', params: {} };
  if (policy.refuseTrivial && isTrivial(pin)) return { key: 'trivial', params: {} };
  return null;
}

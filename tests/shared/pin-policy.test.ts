import { describe, it, expect } from 'vitest';
import { checkPin, DEFAULT_PIN_POLICY, pinPolicySchema } from '../../shared/pin-policy.ts';

describe('PIN policy', () => {
  it('default: six digits, nothing trivial', () => {
    expect(checkPin('480257', DEFAULT_PIN_POLICY)).toBeNull();
    expect(checkPin('48025', DEFAULT_PIN_POLICY)).toEqual({ key: 'tooShort', params: { min: 6 } });
    expect(checkPin('4802571', DEFAULT_PIN_POLICY)).toEqual({ key: 'tooLong', params: { max: 6 } });
    expect(checkPin('48a257', DEFAULT_PIN_POLICY)?.key).toBe('digitsOnly');
    for (const trivial of ['000000', '111111', '123456', '234567', '654321', '987654']) expect(checkPin(trivial, DEFAULT_PIN_POLICY)?.key).toBe('trivial');
    expect(checkPin('１２３４５６', DEFAULT_PIN_POLICY)?.key).toBe('digitsOnly'); // full-width digits
  });
  it('configurable: letters, other lengths, trivial allowed', () => {
    const loose = { minLength: 4, maxLength: 8, digitsOnly: false, refuseTrivial: false };
    expect(checkPin('ab12', loose)).toBeNull();
    expect(checkPin('1234', loose)).toBeNull();
    expect(checkPin('ab 12', loose)?.key).toBe('lettersAndDigits');
    expect(checkPin('aaaa', { ...loose, refuseTrivial: true })?.key).toBe('trivial');
    expect(pinPolicySchema.safeParse({ ...loose, minLength: 3 }).success).toBe(false);
    expect(pinPolicySchema.safeParse({ ...loose, minLength: 9 }).success).toBe(false);
  });
});

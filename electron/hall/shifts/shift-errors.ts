import { DomainError } from '../../../shared/errors.ts';

export const shiftError = (key: string, params: Record<string, string | number> = {}, code: 'invalid_input' | 'conflict' | 'forbidden' = 'conflict') =>
  new DomainError(code, params, { key: `shifts:errors.${key}` });

// The registers' refusals, put into words by the `registers` catalogue.
import { DomainError } from '../../../shared/errors.ts';

export const registersError = (key: string, params: Record<string, string | number> = {}, code: 'invalid_input' | 'conflict' | 'not_found' = 'conflict') =>
  new DomainError(code, params, { key: `registers:errors.${key}` });

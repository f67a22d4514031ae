// The counter's refusals: codes with values, put into words by the `customer` catalogue.
import { DomainError } from '../../../shared/errors.ts';

export const counterError = (key: string, params: Record<string, string | number> = {}, code: 'invalid_input' | 'conflict' | 'not_found' | 'forbidden' = 'conflict') =>
  new DomainError(code, params, { key: `customer:errors.${key}` });

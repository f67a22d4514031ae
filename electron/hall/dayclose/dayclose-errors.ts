import { DomainError } from '../../../shared/errors.ts';

export const dayCloseError = (key: string, params: Record<string, string | number> = {}, code: 'invalid_input' | 'conflict' | 'not_found' = 'conflict') =>
  new DomainError(code, params, { key: `dayclose:errors.${key}` });

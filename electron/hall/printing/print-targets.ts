// Which printer a caller may use: a cashier works with their own window's printer; a
// manager may name any target.
import type { HandlerEnv } from '../handlers.ts';
import { DomainError } from '../../../shared/errors.ts';
import { printTargetForWindow } from '../print-request.ts';

export const printingError = (key: string, params: Record<string, string | number> = {}) => new DomainError('invalid_input', params, { key: `printing:errors.${key}` });

export function targetFor(env: HandlerEnv, requested: string | null): string | null {
  if (env.caller.role === 'manager') return requested ?? (env.caller.windowNo !== null ? printTargetForWindow(env.caller.windowNo) : null);
  if (env.caller.windowNo === null) return null;
  const own = printTargetForWindow(env.caller.windowNo);
  if (requested !== null && requested !== own) throw printingError('otherWindow');
  return own;
}

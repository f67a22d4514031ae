// A manager's approval field is only safe when its method declares it as `credentials`: then
// the hall checks the PIN before the transaction, counted against guessing (issue 20). A new
// method with an approval field and no declaration is caught here, not by a guesser.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { methods } from '../../shared/api/index.ts';
import { managerApprovalSchema } from '../../shared/api/ledger.api.ts';

/** Whether a schema is, or wraps (nullable, optional, default), the manager approval object. */
function carriesApproval(schema: z.ZodType): boolean {
  if (schema === (managerApprovalSchema as z.ZodType)) return true;
  const def = (schema as unknown as { _zod: { def: { innerType?: z.ZodType; shape?: Record<string, z.ZodType> } } })._zod.def;
  if (def.innerType) return carriesApproval(def.innerType);
  if (def.shape) return Object.values(def.shape).some(carriesApproval);
  return false;
}

describe('PIN fields in the contract', () => {
  it('every method with a manager approval declares it as credentials', () => {
    const undeclared = Object.entries(methods).filter(([, spec]) => carriesApproval(spec.input) && !('credentials' in spec)).map(([name]) => name);
    expect(undeclared).toEqual([]);
  });

  it('finds the approval fields it knows of (the walk is not blind)', () => {
    const carrying = Object.entries(methods).filter(([, spec]) => carriesApproval(spec.input)).map(([name]) => name);
    expect(carrying).toEqual(expect.arrayContaining(['ledger.reversePayment', 'ledger.recordPayment', 'shifts.moveCash']));
  });
});

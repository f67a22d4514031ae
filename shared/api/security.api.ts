// The branch's guard against guessing, as the manager sees it: which operators and which
// sources are locked after wrong PINs, and the manager's unlock.
import { z } from 'zod';
import { MANAGER } from '../roles.ts';
import { command, query } from './contract.ts';

export const LOCK_SCOPES = ['operator', 'source'] as const;

export const lockoutSchema = z.object({
  /** An operator's 工号 (tried by anyone), or a source address (trying any 工号). */
  scope: z.enum(LOCK_SCOPES),
  key: z.string(),
  failures: z.number().int(),
  lastFailureAt: z.string(),
  /** Refused until then; null once the lock has run out (the count stays until forgotten or cleared). */
  lockedUntil: z.string().nullable(),
});
export type LockoutInfo = z.infer<typeof lockoutSchema>;

export const securityApi = {
  methods: {
    'security.listLockouts': query({
      summary: 'Operators and sources with wrong PINs on record, locked ones first.',
      roles: MANAGER,
      input: z.object({}).strict(),
      output: z.object({ lockouts: z.array(lockoutSchema) }),
    }),
    'security.unlock': command({
      summary: 'A manager clears an operator’s or a source’s lock and failure count; audited.',
      roles: MANAGER,
      input: z.object({ scope: z.enum(LOCK_SCOPES), key: z.string().min(1).max(128) }).strict(),
      output: z.object({ cleared: z.boolean() }),
    }),
  },
  events: {},
} as const;

import { z } from 'zod';
import { EVERYONE, ANY_SESSION } from '../roles.ts';
import { command, query, event } from './contract.ts';

export const healthCheckSchema = z.object({
  id: z.enum(['service', 'database', 'journal', 'schema', 'storage', 'backup', 'clock']),
  ok: z.boolean(),
  /** Message key in the health catalogue and its parameters, so each screen shows it in its own language. */
  detailKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const healthSchema = z.object({
  ok: z.boolean(),
  version: z.string(),
  branchName: z.string(),
  startedAt: z.string(),
  now: z.string(),
  /** the branch's time zone: every screen shows times in it (shared/hall-time.ts) */
  timeZone: z.string(),
  uptimeSeconds: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  checks: z.array(healthCheckSchema),
});
export type Health = z.infer<typeof healthSchema>;

export const systemApi = {
  methods: {
    'system.health': query({
      summary: 'Self-check of the hall service: database, journal mode, schema, clock.',
      roles: EVERYONE,
      input: z.object({}).strict(),
      output: healthSchema,
    }),
    'system.ping': command({
      summary: 'A no-op write through the whole pipeline (transaction, audit, event) used by terminals to prove the path works.',
      roles: ANY_SESSION,
      input: z.object({ note: z.string().max(200).optional() }).strict(),
      output: z.object({ at: z.string() }),
    }),
  },
  events: {
    'system.pinged': event({
      summary: 'Someone ran system.ping.',
      roles: ANY_SESSION,
      payload: z.object({ terminalId: z.string(), at: z.string() }),
    }),
  },
} as const;

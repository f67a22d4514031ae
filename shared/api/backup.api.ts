import { z } from 'zod';
import { MANAGER } from '../roles.ts';
import { event, job, query } from './contract.ts';

export const BACKUP_REASONS = ['scheduled', 'manual', 'dayClose', 'start'] as const;
export const BACKUP_PROBLEMS = ['copyFailed', 'integrity', 'ledger', 'diskFull', 'readOnly', 'ioError', 'noFolder'] as const;

export const backupRunSchema = z.object({
  id: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  file: z.string().nullable(),
  bytes: z.number().int().nullable(),
  ok: z.boolean(),
  entries: z.number().int().nullable(),
  headSeq: z.number().int().nullable(),
  problem: z.enum(BACKUP_PROBLEMS).nullable(),
});
export type BackupRun = z.infer<typeof backupRunSchema>;

export const backupStatusSchema = z.object({
  /** null: this hall keeps no backups (an in-memory database) */
  folder: z.string().nullable(),
  everyMinutes: z.number().int(),
  lastGood: backupRunSchema.nullable(),
  /** minutes since the last good backup, null when there is none */
  ageMinutes: z.number().int().nullable(),
  /** within the promise: a good backup younger than two intervals (or the hall just started) */
  fresh: z.boolean(),
  running: z.boolean(),
  recent: z.array(backupRunSchema),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const backupApi = {
  methods: {
    'backup.status': query({
      summary: 'Where backups go, how often, the last good one and its age, the recent runs.',
      roles: MANAGER,
      input: z.object({}).strict(),
      output: backupStatusSchema,
    }),
    'backup.run': job({
      summary: 'Take an online backup now, verify it (integrity check + ledger verify), apply retention.',
      roles: MANAGER,
      input: z.object({}).strict(),
      output: backupRunSchema,
    }),
  },
  events: {
    'backup.finished': event({
      summary: 'A backup run ended (good or not).',
      roles: MANAGER,
      payload: backupRunSchema,
    }),
  },
} as const;

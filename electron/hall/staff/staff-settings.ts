// The staff module's settings: the branch's name as set up on first run (settings['branch']).
import type { Db } from '../db/open.ts';
import type { HallConfig } from '../config.ts';
import { z } from 'zod';

const BRANCH_KEY = 'branch';

export const branchSettingsSchema = z.object({ branchName: z.string(), companyName: z.string().optional() });
export type BranchSettings = z.infer<typeof branchSettingsSchema>;

export function readBranchSettings(db: Db): BranchSettings | null {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(BRANCH_KEY) as string | undefined;
  const parsed = branchSettingsSchema.safeParse(raw === undefined ? undefined : JSON.parse(raw));
  return parsed.success ? parsed.data : null;
}

export function writeBranchSettings(db: Db, branch: BranchSettings, now: Date, operatorId: number | null): void {
  db.prepare(
    'INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(BRANCH_KEY, JSON.stringify(branch), now.toISOString(), operatorId);
}

/** The branch named at setup wins over the configuration's default name (receipts, tickets, screens). */
export function applyBranchSettings(config: HallConfig, branch: BranchSettings | null): void {
  if (!branch) return;
  config.branchName = branch.branchName;
  if (branch.companyName) config.companyName = branch.companyName;
}

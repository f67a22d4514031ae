// Which backups to keep: the newest `keep`, and the newest of each of the last `keepDays`
// calendar days in the hall's time zone (a branch that needs last Tuesday's state asks for a
// day, not for a run number). The newest good backup is never removed.
import { localDateOf } from '../../../shared/seasons.ts';

export interface KeptBackup {
  id: number;
  at: Date;
}

export function backupsToRemove(kept: readonly KeptBackup[], now: Date, policy: { keep: number; keepDays: number }, timeZone: string): KeptBackup[] {
  const newestFirst = [...kept].sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
  const keepIds = new Set(newestFirst.slice(0, Math.max(1, policy.keep)).map((b) => b.id));
  const oldestDay = localDateOf(new Date(now.getTime() - policy.keepDays * 86_400_000), timeZone);
  const seenDays = new Set<string>();
  for (const backup of newestFirst) {
    const day = localDateOf(backup.at, timeZone);
    if (policy.keepDays > 0 && day > oldestDay && !seenDays.has(day)) {
      seenDays.add(day);
      keepIds.add(backup.id);
    }
  }
  return newestFirst.filter((b) => !keepIds.has(b.id));
}

// The backup module's door.
//
// Backup owns backup_runs and the files in the backup folder. It copies the live database with
// SQLite's online backup API and counts a copy only after SQLite's integrity check and the
// ledger's verify pass (it asks the ledger through its door), then applies retention. The
// system module shows the age of the last good backup in the health check; the day close asks
// for a backup through `runBackup`. Restoring is `npm run restore` (cli/restore.ts), never the
// running hall.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { backupHandlers } from './backup.handlers.ts';
import { backupRunner, type BackupRunner } from './backup-runner.ts';

export function backupModule(services: HallServices): HallModule<'backup'> & { runner: BackupRunner } {
  const runner = backupRunner(services);
  return { handlers: backupHandlers(runner), runner, start: runner.start };
}

export type { BackupRunner };
export { restoreBackup, type RestoreOutcome } from './restore-backup.ts';
export { checkBackupFile } from './check-backup.ts';

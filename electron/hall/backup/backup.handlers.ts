// The backup part of the contract: thin, over the runner.
import type { HandlersOf } from '../module.ts';
import { DomainError } from '../../../shared/errors.ts';
import type { BackupRunner } from './backup-runner.ts';

export function backupHandlers(runner: BackupRunner): HandlersOf<'backup'> {
  return {
    'backup.status': () => runner.status(),
    'backup.run': async (_input, env) => {
      if (!runner.folder) throw new DomainError('unavailable', {}, { key: 'backup:errors.noBackups' });
      const result = await runner.run('manual');
      env.audit({ action: 'backup.run', details: { ok: result.ok, file: result.file, problem: result.problem } });
      return result;
    },
  };
}

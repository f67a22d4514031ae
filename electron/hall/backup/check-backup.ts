// Does a backup file restore? SQLite's integrity check, then the ledger's verify on the copy.
import type { VerifyReport } from '../../../shared/api/ledger.api.ts';
import { verifyLedgerFile } from '../ledger/index.ts';
import { integrityProblemsOffThread } from './integrity.ts';

export type BackupCheck =
  | { ok: true; report: VerifyReport }
  | { ok: false; problem: 'integrity'; detail: string[] }
  | { ok: false; problem: 'ledger'; report: VerifyReport };

export async function checkBackupFile(path: string): Promise<BackupCheck> {
  const problems = await integrityProblemsOffThread(path);
  if (problems.length > 0) return { ok: false, problem: 'integrity', detail: problems };
  const report = await verifyLedgerFile(path);
  return report.ok ? { ok: true, report } : { ok: false, problem: 'ledger', report };
}

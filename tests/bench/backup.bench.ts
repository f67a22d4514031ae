// backup_1m: seconds for one online backup of a branch holding 1,000,000 ledger entries, taken
// through the hall's own `backup.run` (SQLite's backup API, the copy made one file, SQLite's
// integrity check and the ledger's verify — signatures included — on the copy). Floor: what any
// verified backup must do at least, measured in the same run: a plain copy of the same file,
// SQLite's bare integrity check of it and one ledger verify of it.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './figure.ts';
import { beside } from './figure.ts';
import { cachedLedger, ENTRIES, ledgerKeyStore } from './support/ledger-1m.ts';
import { createHall } from '../../electron/hall/hall.ts';
import { clockFromOption } from '../../electron/hall/clock.ts';
import { BENCH_CLOCK } from './support/demo-db.ts';
import { verifyLedgerFile } from '../../electron/hall/ledger/verify-parallel.ts';
import { integrityProblems } from '../../electron/hall/backup/integrity.ts';

export default async function (): Promise<Figure[]> {
  const source = await cachedLedger();
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-backup-'));
  try {
    const copyStarted = performance.now();
    const plain = join(dir, 'plain-copy.db');
    copyFileSync(source, plain);
    const copySeconds = (performance.now() - copyStarted) / 1000;
    const integrityStarted = performance.now();
    const integrity = integrityProblems(plain);
    const integritySeconds = (performance.now() - integrityStarted) / 1000;
    if (integrity.length > 0) throw new Error(`the plain copy fails SQLite's integrity check: ${integrity.join('; ')}`);
    const verifyStarted = performance.now();
    const verified = await verifyLedgerFile(plain);
    const verifySeconds = (performance.now() - verifyStarted) / 1000;
    if (!verified.ok || verified.signaturesChecked !== ENTRIES) throw new Error(`the plain copy did not verify: ${JSON.stringify(verified.firstBroken)}`);
    rmSync(plain);
    const floor = copySeconds + integritySeconds + verifySeconds;
    console.error(`backup_1m floor: copy ${copySeconds.toFixed(2)} s + integrity_check ${integritySeconds.toFixed(2)} s + verify ${verifySeconds.toFixed(2)} s`);

    // the hall runs on a copy (it writes its sign-in and backup record into its database), with
    // the ledger's own key: a hall on another key would record an unendorsed replacement, and
    // the backup's verify would rightly refuse it
    const dbPath = join(dir, 'branch.db');
    copyFileSync(source, dbPath);
    const hall = createHall({ dbPath, printWorker: false, backup: { dir: join(dir, 'backups'), everyMinutes: 0, keep: 5, keepDays: 0 } }, clockFromOption(BENCH_CLOCK), { keyStore: ledgerKeyStore() });
    try {
      const login = await hall.dispatcher.call({ token: null }, 'session.login', { operatorCode: '9001', pin: '9999', terminalId: 'bench', windowNo: null });
      if (!login.ok) throw new Error(login.error.message);
      const token = (login.result as { token: string }).token;
      const started = performance.now();
      const res = await hall.dispatcher.call({ token }, 'backup.run', {});
      const seconds = (performance.now() - started) / 1000;
      if (!res.ok) throw new Error(res.error.message);
      const run = res.result as { ok: boolean; entries: number | null; problem: string | null };
      if (!run.ok || run.entries !== ENTRIES) throw new Error(`backup did not verify: ${JSON.stringify(run)}`);
      return beside('backup_1m', 's', seconds, floor, 2);
    } finally {
      hall.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

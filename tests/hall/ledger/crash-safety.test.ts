// A payment reported as taken must survive the process being killed at any moment:
// SIGKILL gives SQLite no chance to clean up, like a power cut of the process (not of
// the disk). 50+ rounds, two windows writing at once, then the ledger must verify.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ledgerHall } from '../../support/ledger.ts';
import { openDatabase } from '../../../electron/hall/db/open.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';
import { seededRandom } from '../../../electron/hall/accounts/demo-accounts.ts';
import { clockArgs } from '../../support/child-clock.ts';
import type { Clock } from '../../../electron/hall/clock.ts';

const CHILD = join(import.meta.dirname, 'payment-loop.child.ts');

/**
 * Runs the payment loop until `kill.afterCommits` payments were reported, then kills it
 * `kill.delayMs` later: counting commits (not time) makes sure the loop ran whatever the machine's
 * speed, and the small random delay lands the kill at any point of the next payment.
 */
function runUntilKilled(dbPath: string, windowNo: number, kill: { afterCommits: number; delayMs: number }, clock: Clock, reported: Map<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', CHILD, ...clockArgs(clock), dbPath, String(windowNo)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let commits = 0;
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        const m = /^COMMITTED (\S+) (\S+)$/.exec(line);
        if (m) reported.set(m[1]!, m[2]!);
        if ((line === 'READY' && kill.afterCommits === 0) || (m && ++commits === kill.afterCommits)) setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
      }
    });
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`payment loop exited ${code}: ${err}`));
    });
  });
}

describe('crash safety', () => {
  it('keeps every reported payment, an unbroken chain and gapless receipt series across 50 SIGKILLs', async () => {
    const h = await ledgerHall({ file: true });
    const dbPath = join(h.dir, 'hall.db');
    h.hall.close();
    const reported = new Map<string, string>();
    const random = seededRandom(2026);
    const rounds = 50;
    for (let round = 0; round < rounds; round++) {
      // Two windows at once in half the rounds: the kill may land mid-transaction of either.
      const kill = () => ({ afterCommits: 1 + Math.floor(random() * 4), delayMs: Math.floor(random() * 8) });
      const runs = [runUntilKilled(dbPath, 1, kill(), h.clock, reported)];
      if (round % 2 === 1) runs.push(runUntilKilled(dbPath, 2, kill(), h.clock, reported));
      await Promise.all(runs);
    }
    const { db } = openDatabase({ path: dbPath, migrate: false });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const byReceipt = db.prepare('SELECT idempotency_key FROM ledger_entries WHERE receipt_no = ?').pluck();
      for (const [receiptNo, key] of reported) expect(byReceipt.get(receiptNo), receiptNo).toBe(key);
      const report = verifyLedger(db);
      expect(report.firstBroken).toBeNull();
      expect(report.gaps).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.entriesChecked).toBeGreaterThanOrEqual(reported.size);
      // every committed payment has its receipt waiting to print (the shift openings are not receipts)
      const unprinted = db.prepare("SELECT COUNT(*) FROM ledger_entries e WHERE e.receipt_no IS NOT NULL AND NOT EXISTS (SELECT 1 FROM print_jobs p WHERE json_extract(p.payload, '$.receiptNo') = e.receipt_no)").pluck().get();
      expect(unprinted).toBe(0);
      expect(reported.size).toBeGreaterThan(rounds); // the loop really ran between kills
    } finally {
      db.close();
      h.close();
    }
  }, 600_000); // a guard against a hang, not a speed target: 50 process starts take minutes on a loaded machine
});

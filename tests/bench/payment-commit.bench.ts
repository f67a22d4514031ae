// payment_commit_p99: one full payment through the dispatcher, as the counter makes it:
// validation, session, the account's open charges with late fees, receipt number, hash
// chain, audit lines and print job, committed with synchronous=FULL on a file database.
// Each payment is a different demo account paying everything it owes. Target ≤ 3 ms.
// Floor: one single-row INSERT committed with synchronous=FULL in WAL, in a database file beside
// the hall's, after each payment (the disk's fsync is the bulk of both).
import { randomUUID } from 'node:crypto';
import type { Figure } from './figure.ts';
import { beside, percentile } from './figure.ts';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ledgerHall } from '../support/ledger.ts';
import { writeDemoAccounts } from '../../electron/hall/demo/demo-accounts.ts';
import { statementTotal } from '../support/statement.ts';

const WARMUP = 200;
const MEASURED = 2_000;

export default async function (): Promise<Figure[]> {
  const h = await ledgerHall({ file: true });
  writeDemoAccounts(h.hall.db, WARMUP + MEASURED, { seed: 9, season: '2026-2027', now: h.clock.now() });
  const accounts = h.hall.db.prepare('SELECT account_no FROM accounts WHERE account_no LIKE ? ORDER BY id').pluck().all('1%') as string[];
  const floorDb = new Database(join(h.dir, 'floor.db'));
  floorDb.pragma('journal_mode = WAL');
  floorDb.pragma('synchronous = FULL');
  floorDb.exec('CREATE TABLE payments (id INTEGER PRIMARY KEY, account_no TEXT NOT NULL, amount_fen INTEGER NOT NULL)');
  const insert = floorDb.prepare('INSERT INTO payments (account_no, amount_fen) VALUES (?, ?)');
  const samples: number[] = [];
  const floor: number[] = [];
  for (const [i, accountNo] of accounts.entries()) {
    // what the screen already knows when the cashier presses 收款: the statement total
    const total = statementTotal(h.hall.db, accountNo, '2026-11-23');
    const t = performance.now();
    const res = await h.hall.dispatcher.call({ token: h.cashier }, 'ledger.recordPayment', {
      idempotencyKey: randomUUID(),
      accountNo,
      expectedTotalFen: total,
      tenders: [{ method: 'cash', amountFen: total, reference: null }],
      cashReceivedFen: total + 1_000,
    });
    const ms = performance.now() - t;
    if (!res.ok) throw new Error(res.error.message);
    const f = performance.now();
    insert.run(accountNo, total);
    const floorMs = performance.now() - f;
    if (i >= WARMUP) {
      samples.push(ms);
      floor.push(floorMs);
    }
  }
  floorDb.close();
  h.close();
  return [
    ...beside('payment_commit_p99', 'ms', percentile(samples, 99), percentile(floor, 99)),
    ...beside('payment_commit_p50', 'ms', percentile(samples, 50), percentile(floor, 50)),
  ];
}

// With the append-only triggers dropped (someone with the database file and a SQLite
// shell), every single change to a ledger row must be caught by verify.
import { describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN } from '../../support/ledger.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';
import { seededRandom } from '../../../electron/hall/accounts/demo-accounts.ts';

const COLUMNS = ['seq', 'kind', 'at', 'business_date', 'terminal_id', 'window_no', 'operator_id', 'approver_id', 'account_id', 'series_no', 'receipt_no', 'amount_fen', 'reverses_seq', 'idempotency_key', 'request_hash', 'body', 'hash_version', 'prev_hash', 'hash'] as const;

describe('tamper detection', () => {
  it('detects each of 1,000 random UPDATE / DELETE / INSERT mutations of ledger rows', async () => {
    const h = await ledgerHall();
    // A ledger with payments on two windows, items, a waiver and a reversal.
    for (let i = 0; i < 20; i++) {
      await h.pay(KNOWN.li, { chargeIds: [], items: [{ code: 'KS', quantity: 1 + (i % 3) }], expectedTotalFen: 5_000 * (1 + (i % 3)), tenders: [{ method: i % 2 ? 'card' : 'cash', amountFen: 5_000 * (1 + (i % 3)), reference: null }] }, i % 2 ? h.cashier : h.cashier2);
    }
    const paid = await h.pay(KNOWN.zhang);
    await h.call('ledger.reversePayment', { idempotencyKey: 'tamper-reverse', receiptNo: paid.receiptNo, approval: { managerCode: '9001', managerPin: '9999', reason: '测试冲正' } }, h.cashier);
    await h.pay(KNOWN.wang, {}, h.cashier2);
    const db = h.hall.db;
    expect(verifyLedger(db).ok).toBe(true);
    db.exec('DROP TRIGGER ledger_entries_no_update; DROP TRIGGER ledger_entries_no_delete;');
    db.pragma('foreign_keys = OFF');

    const rows = db.prepare('SELECT * FROM ledger_entries ORDER BY seq').all() as Array<Record<string, unknown>>;
    const random = seededRandom(99);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const kinds = { update: 0, delete: 0, insert: 0 };
    let applied = 0;
    let attempts = 0;
    while (applied < 1_000) {
      attempts++;
      const row = pick(rows);
      const kind = pick(['update', 'update', 'delete', 'insert'] as const);
      db.exec('SAVEPOINT tamper');
      try {
        let changes = 0;
        if (kind === 'update') {
          const column = pick(COLUMNS);
          const value = mutate(row[column], column, random);
          changes = db.prepare(`UPDATE ledger_entries SET ${column} = ? WHERE seq = ?`).run(value, row.seq).changes;
        } else if (kind === 'delete') {
          changes = db.prepare('DELETE FROM ledger_entries WHERE seq = ?').run(row.seq).changes;
        } else {
          // a forged entry: a copy of a real one with changed details, appended or slipped in
          const head = rows.at(-1)!;
          const appended = random() < 0.7;
          const copy = {
            ...row,
            seq: (head.seq as number) + 1 + Math.floor(random() * 3),
            series_no: (row.series_no as number) + 1_000 + attempts,
            receipt_no: `W${String(row.window_no).padStart(2, '0')}-${String((row.series_no as number) + 1_000 + attempts).padStart(8, '0')}`,
            reverses_seq: null,
            idempotency_key: null,
            // appended entries link to the real head, as a forger would do
            prev_hash: appended ? (head.hash as string) : (row.prev_hash as string),
            hash: Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join(''),
          };
          const cols = Object.keys(copy);
          changes = db.prepare(`INSERT OR IGNORE INTO ledger_entries (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(copy).changes;
        }
        if (changes === 0) continue;
        const report = verifyLedger(db, { signatures: false }); // hashes alone catch these; signatures: tests/hall/integrity
        expect(report.ok, `${kind} of entry ${row.seq as number} went unnoticed`).toBe(false);
        expect(report.firstBroken).not.toBeNull();
        kinds[kind]++;
        applied++;
      } catch (error) {
        // a constraint refused the mutation (UNIQUE, NOT NULL, CHECK): not a tamper that happened
        if (error instanceof Error && /constraint failed|datatype mismatch/i.test(error.message)) continue;
        throw error;
      } finally {
        db.exec('ROLLBACK TO tamper; RELEASE tamper;');
      }
    }
    expect(kinds.update).toBeGreaterThan(300);
    expect(kinds.delete).toBeGreaterThan(150);
    expect(kinds.insert).toBeGreaterThan(150);
    expect(verifyLedger(db).ok).toBe(true);
    h.close();
  });
});

function mutate(value: unknown, column: string, random: () => number): unknown {
  if (column === 'body') {
    const body = JSON.parse(value as string) as { lines: Array<{ amount: number; label: string }> };
    if (random() < 0.5) body.lines[0]!.amount += 1;
    else body.lines[0]!.label += '改';
    return JSON.stringify(body);
  }
  if (value === null) return column.endsWith('_id') || column.endsWith('_no') || column.endsWith('_seq') ? 1 : 'x';
  if (typeof value === 'number') return value + 1 + Math.floor(random() * 5);
  const text = String(value);
  const i = Math.floor(random() * text.length);
  const ch = text[i] === '0' ? '1' : '0';
  return text.slice(0, i) + ch + text.slice(i + 1);
}

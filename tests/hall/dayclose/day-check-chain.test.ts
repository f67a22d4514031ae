// The day check proves the ledger since the previous close: every hash and link recomputed, and
// the newest entry's signature, which covers them all (day-book.ts says why one is enough).
// Each rewrite an attacker without the key can make to the day's entries must stop the close:
// an edited entry left with its old hash, an edited entry with every hash after it recomputed
// (as chain.ts would), an entry removed, and a forged entry appended at the head.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { entryHash, GENESIS_HASH, type EntryFields } from '../../../electron/hall/ledger/chain.ts';
import type { Db } from '../../../electron/hall/db/open.ts';

let h: LedgerHall;
let manager: string;
const DAY = '2026-11-24';

beforeEach(async () => {
  // 2026-11-23: one payment, shifts closed, the day closed: the anchor of the next check
  h = await ledgerHall({ start: '2026-11-23T01:00:00.000Z' });
  await h.pay(KNOWN.li, { chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }] });
  await h.call('shifts.close', { count: { y50: 1 } }, h.cashier);
  await h.call('shifts.close', { count: {} }, h.cashier2);
  await h.call('dayclose.close', { date: '2026-11-23' }, h.manager);
  // 2026-11-24: a shift, three payments, the shift closed
  h.clock.set(new Date(`${DAY}T02:00:00.000Z`));
  const cashier = await h.login('1001', '1234', 1);
  await h.call('shifts.open', { floatFen: 0 }, cashier);
  for (let i = 0; i < 3; i++) await h.pay(KNOWN.li, { chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }] }, cashier);
  await h.call('shifts.close', { count: { y50: 3 } }, cashier);
  manager = await h.login('9001', '9999', null);
  for (const t of ['ledger_entries_no_update', 'ledger_entries_no_delete']) h.hall.db.exec(`DROP TRIGGER ${t}`);
});
afterEach(() => h.close());

type Row = EntryFields & { hash: string; prev_hash: string; hash_version: number };
const fields = ({ hash: _h, prev_hash: _p, hash_version: _v, ...rest }: Row): EntryFields => rest;
const dayPayments = (db: Db) => db.prepare("SELECT seq FROM ledger_entries WHERE business_date = ? AND kind = 'payment' ORDER BY seq").pluck().all(DAY) as number[];

/** Every hash from `from` on recomputed, as an attacker with chain.ts and without the key would. */
function rechain(db: Db, from: number) {
  let prev = (db.prepare('SELECT hash FROM ledger_entries WHERE seq < ? ORDER BY seq DESC LIMIT 1').pluck().get(from) as string | undefined) ?? GENESIS_HASH;
  for (const row of db.prepare('SELECT * FROM ledger_entries WHERE seq >= ? ORDER BY seq').all(from) as Row[]) {
    const hash = entryHash(prev, fields(row));
    db.prepare('UPDATE ledger_entries SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
    prev = hash;
  }
}

const check = () => h.call('dayclose.check', { date: DAY }, manager);

describe('the day check and the chain since the previous close', () => {
  it('passes an untouched day, reading only the entries since the previous close', async () => {
    const c = await check();
    expect(c).toMatchObject({ canClose: true, ledger: { ok: true, problems: [] } });
    const since = h.hall.db.prepare("SELECT MAX(seq) FROM ledger_entries WHERE kind = 'dayClose'").pluck().get() as number;
    const head = h.hall.db.prepare('SELECT MAX(seq) FROM ledger_entries').pluck().get() as number;
    expect(c.ledger.entriesChecked).toBe(head - since);
  });

  it('finds an entry edited in place (its hash no longer matches)', async () => {
    const seq = dayPayments(h.hall.db)[1]!;
    h.hall.db.prepare('UPDATE ledger_entries SET amount_fen = 500 WHERE seq = ?').run(seq);
    const c = await check();
    expect(c.canClose).toBe(false);
    expect(c.ledger.problems).toContainEqual({ seq, reason: 'content does not match its hash' });
  });

  it('finds an entry edited with every hash after it recomputed: the head is no longer what the key signed', async () => {
    const seq = dayPayments(h.hall.db)[1]!;
    h.hall.db.prepare('UPDATE ledger_entries SET amount_fen = 500 WHERE seq = ?').run(seq);
    rechain(h.hall.db, seq);
    const head = h.hall.db.prepare('SELECT MAX(seq) FROM ledger_entries').pluck().get() as number;
    const c = await check();
    expect(c.canClose).toBe(false);
    expect(c.ledger.problems).toContainEqual({ seq: head, reason: 'signature does not match the entry' });
  });

  it('finds an entry removed and the chain relinked around it', async () => {
    const seq = dayPayments(h.hall.db)[0]!;
    h.hall.db.prepare('DELETE FROM ledger_entries WHERE seq = ?').run(seq);
    rechain(h.hall.db, seq + 1);
    const c = await check();
    expect(c.canClose).toBe(false);
    expect(c.ledger.problems.map((p) => p.reason)).toEqual(expect.arrayContaining([`entries ${seq}–${seq} are missing`, 'signature does not match the entry']));
  });

  it('finds a forged entry appended at the head without a signature', async () => {
    const head = h.hall.db.prepare('SELECT * FROM ledger_entries ORDER BY seq DESC LIMIT 1').get() as Row;
    const forged = { ...fields(head), seq: head.seq + 1, kind: 'cashOut', amount_fen: 100_000, body: JSON.stringify({ v: 1, type: 'drop', shift: 1, cashier: { code: '1001', name: '王晓梅' }, approver: null, note: null }) };
    h.hall.db
      .prepare('INSERT INTO ledger_entries (seq, kind, at, business_date, terminal_id, window_no, operator_id, approver_id, account_id, series_no, receipt_no, amount_fen, reverses_seq, idempotency_key, request_hash, body, hash_version, prev_hash, hash) VALUES (@seq, @kind, @at, @business_date, @terminal_id, @window_no, @operator_id, @approver_id, @account_id, @series_no, @receipt_no, @amount_fen, @reverses_seq, @idempotency_key, @request_hash, @body, 1, @prev_hash, @hash)')
      .run({ ...forged, series_no: null, receipt_no: null, prev_hash: head.hash, hash: entryHash(head.hash, { ...forged, series_no: null, receipt_no: null }) });
    const c = await check();
    expect(c.canClose).toBe(false);
    expect(c.ledger.problems).toContainEqual({ seq: head.seq + 1, reason: 'is not signed' });
  });
});

// The parallel verify must reach exactly the verdict of the single-threaded one, including
// for breaks that fall on the boundary between two workers' slices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { appendSyntheticPayments } from '../../support/synthetic-ledger.ts';
import { writeDemoAccounts } from '../../../electron/hall/demo/demo-accounts.ts';
import { openDatabase } from '../../../electron/hall/db/open.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';
import { verifyLedgerFile } from '../../../electron/hall/ledger/verify-parallel.ts';

const ENTRIES = 30_000;
// Slicing and joining is what is tested here: hashes, links and series. The signatures (30,000
// Ed25519 checks per verify, a minute on a busy shared core) are checked in one case, and by the
// attack suite (tests/hall/integrity).
const QUICK = { signatures: false };
const SLOW = 180_000;

describe('parallel verify', () => {
  let t: TestHall;
  let path: string;
  beforeAll(() => {
    t = testHall({ file: true });
    writeDemoAccounts(t.hall.db, 200, { seed: 3, season: '2026-2027', now: t.clock.now() });
    appendSyntheticPayments(t.hall.db, ENTRIES);
    path = join(t.dir, 'hall.db');
    t.hall.db.pragma('wal_checkpoint(TRUNCATE)');
  }, SLOW);
  afterAll(() => t.close());

  const tampered = (name: string, sql: string) => {
    const copy = join(t.dir, `${name}.db`);
    copyFileSync(path, copy);
    const { db } = openDatabase({ path: copy, migrate: false });
    db.exec('DROP TRIGGER ledger_entries_no_update; DROP TRIGGER ledger_entries_no_delete;');
    db.exec(sql);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const single = verifyLedger(db, QUICK);
    db.close();
    return { copy, single };
  };

  it('agrees with the single-threaded verify on an intact ledger', async () => {
    const parallel = await verifyLedgerFile(path, 2);
    expect(parallel).toEqual(verifyLedger(t.hall.db));
    expect(parallel).toMatchObject({ ok: true, entriesChecked: ENTRIES, receiptsChecked: ENTRIES, signaturesChecked: ENTRIES });
    expect(await verifyLedgerFile(path, 2, QUICK)).toMatchObject({ ok: true, signaturesChecked: 0 });
  }, SLOW);

  // with 2 workers the slices are 1–15000 and 15001–30000
  it.each([
    ['a missing entry at the slice boundary', 'DELETE FROM ledger_entries WHERE seq = 15001', 15_002],
    ['the last entry of the first slice changed', 'UPDATE ledger_entries SET amount_fen = amount_fen + 1 WHERE seq = 15000', 15_000],
    ['a receipt renumbered in the second slice', "UPDATE ledger_entries SET series_no = 99999, receipt_no = 'W01-00099999' WHERE seq = 20001", 20_001],
    ['a broken link in the first slice', "UPDATE ledger_entries SET prev_hash = hash WHERE seq = 7", 7],
  ])('finds %s at the same entry', async (name, sql, seq) => {
    const { copy, single } = tampered(name.replaceAll(' ', '-'), sql);
    const parallel = await verifyLedgerFile(copy, 2, QUICK);
    expect(single.ok).toBe(false);
    expect(single.firstBroken?.seq).toBe(seq);
    expect(parallel.ok).toBe(false);
    expect(parallel.firstBroken).toEqual(single.firstBroken);
  }, SLOW);
});

// The benches' signed ledger (ledger_verify_1m, backup_1m) is built in bulk and signed on worker
// threads, not by the hall's own appender. This proves, at a small size, that the shipped verify
// accepts it with every signature checked, and that the signatures are real: an entry rewritten
// with every later hash recomputed (what anyone can do with chain.ts) passes the hash checks
// and is caught by its signature alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSignedLedger } from '../../support/synthetic-ledger.ts';
import { ManualClock } from '../../../electron/hall/clock.ts';
import { openDatabase } from '../../../electron/hall/db/open.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';
import { verifyLedgerFile } from '../../../electron/hall/ledger/verify-parallel.ts';
import { entryHash, type EntryFields } from '../../../electron/hall/ledger/chain.ts';
import { fileKeyStore, fingerprintOf, publicKeyText } from '../../../electron/hall/integrity/index.ts';

const ENTRIES = 2_000;
let dir: string;
let path: string;
let keyPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cd-signed-ledger-'));
  path = join(dir, 'ledger.db');
  keyPath = join(dir, 'ledger.key.pem');
  await buildSignedLedger(path, { entries: ENTRIES, accounts: 100, clock: new ManualClock('2026-11-23T02:00:00.000Z'), keyPath, threads: 2 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the synthetic signed ledger', () => {
  it('passes the shipped verify with every entry signed by the installation key', async () => {
    const report = await verifyLedgerFile(path);
    expect(report).toMatchObject({ ok: true, entriesChecked: ENTRIES, receiptsChecked: ENTRIES, signaturesChecked: ENTRIES, unsignedLegacy: 0, firstBroken: null });
    const trusted = fingerprintOf(publicKeyText(fileKeyStore(keyPath).load().publicKey));
    const { db } = openDatabase({ path, readonly: true });
    try {
      expect(verifyLedger(db, { trustedKeys: [trusted] })).toMatchObject({ ok: true, signaturesChecked: ENTRIES, keys: [{ keyNo: 1, fingerprint: trusted, reason: 'installed', fromSeq: 1 }] });
    } finally {
      db.close();
    }
  });

  it('catches one entry rewritten with the chain recomputed, by its signature', async () => {
    const copy = join(dir, 'rewritten.db');
    copyFileSync(path, copy);
    const { db } = openDatabase({ path: copy, migrate: false });
    const target = 1_234;
    db.exec('DROP TRIGGER ledger_entries_no_update');
    db.transaction(() => {
      const rows = db.prepare('SELECT * FROM ledger_entries WHERE seq >= ? ORDER BY seq').all(target) as Array<EntryFields & { prev_hash: string; hash: string }>;
      const update = db.prepare('UPDATE ledger_entries SET at = ?, prev_hash = ?, hash = ? WHERE seq = ?');
      let prev = rows[0]!.prev_hash;
      for (const row of rows) {
        const at = row.seq === target ? '2026-11-23T01:00:00.500Z' : row.at;
        const hash = entryHash(prev, { ...row, at });
        update.run(at, prev, hash, row.seq);
        prev = hash;
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(await verifyLedgerFile(copy, 2, { signatures: false })).toMatchObject({ ok: true });
    expect(await verifyLedgerFile(copy)).toMatchObject({ ok: false, firstBroken: { seq: target, reason: 'signature does not match the entry' } });
  });
});

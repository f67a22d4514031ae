// The attack suite (issue 18): every way of rewriting history found by the outside run, and
// the ones verify already caught, each applied to a copy of a real branch database with the
// tools an attacker has (a SQLite shell, the product's own chain.ts, the key file when the
// attacker has it). Each must be detected by verify alone, or with the outside anchors
// (receipt QR codes, the day export's chain head). docs/ledger.md says who is stopped where.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { openDatabase, type Db } from '../../../electron/hall/db/open.ts';
import { verifyLedgerFile } from '../../../electron/hall/ledger/verify-parallel.ts';
import { entryHash, GENESIS_HASH, type EntryFields } from '../../../electron/hall/ledger/chain.ts';
import { auditRowHash, AUDIT_GENESIS, type AuditRowFields } from '../../../electron/hall/audit/audit-chain.ts';
import { defaultKeyPath, fingerprintOf, generateSigningKey, parseAnchors, publicKeyText, type Anchor } from '../../../electron/hall/integrity/index.ts';
import { keyRecordMessage, signatureMessage } from '../../../electron/hall/integrity/signer.ts';
import type { VerifyReport } from '../../../shared/api/ledger.api.ts';

let h: LedgerHall;
let path: string;
let trusted: string;
const anchors: Anchor[] = [];
let n = 0;

beforeAll(async () => {
  h = await ledgerHall({ file: true });
  path = join(h.dir, 'hall.db');
  for (let i = 0; i < 6; i++) await h.pay(KNOWN.li, { chargeIds: [], items: [{ code: 'KS', quantity: 1 }], expectedTotalFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000, reference: null }] }, i % 2 ? h.cashier : h.cashier2);
  const zhang = await h.pay(KNOWN.zhang);
  await h.call('ledger.reversePayment', { idempotencyKey: 'attack-reverse', receiptNo: zhang.receiptNo, approval: { managerCode: '9001', managerPin: '9999', reason: '测试冲正' } }, h.cashier);
  for (let i = 0; i < 5; i++) await h.raw('session.login', { operatorCode: '1001', pin: '0000', terminalId: 'pc-x', windowNo: 1 });
  const last = await h.pay(KNOWN.wang, {}, h.cashier2);
  // outside anchors: what the customers carry home (QR) and what the head office received
  const receipts = h.hall.db.prepare("SELECT payload FROM print_jobs WHERE kind = 'receipt'").pluck().all() as string[];
  const { receiptQrData } = await import('../../../electron/hall/printing/layouts/receipt-layout.ts');
  const qr = receipts.map((p) => receiptQrData(JSON.parse(p) as never));
  const exported = await h.call('ledger.exportDay', { date: '2026-11-23', format: 'csv' }, h.manager);
  anchors.push(...parseAnchors([...qr, Buffer.from(exported.base64, 'base64').toString('utf8')].join('\n')));
  expect(anchors.some((a) => a.seq === last.paymentId)).toBe(true);
  trusted = fingerprintOf(publicKeyText(createPrivateKeyFromFile().publicKey));
  h.hall.db.pragma('wal_checkpoint(TRUNCATE)');
}, 120_000);
afterAll(() => h.close());

/** What an attacker with the machine has: the key file beside the database. */
function createPrivateKeyFromFile() {
  const privateKey = createPrivateKey(readFileSync(defaultKeyPath(path), 'utf8'));
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** A copy of the branch database, attacked by `attack` with the triggers dropped. */
async function attacked(attack: (db: Db) => void): Promise<{ alone: VerifyReport; withAnchors: VerifyReport }> {
  const copy = join(h.dir, `attacked-${++n}.db`);
  copyFileSync(path, copy);
  const { db } = openDatabase({ path: copy, migrate: false });
  for (const t of ['ledger_entries_no_update', 'ledger_entries_no_delete', 'audit_log_no_update', 'audit_log_no_delete', 'chain_signatures_no_update', 'chain_signatures_no_delete', 'signing_keys_no_update', 'signing_keys_no_delete', 'charges_no_update', 'charges_no_delete']) db.exec(`DROP TRIGGER ${t}`);
  db.pragma('foreign_keys = OFF');
  db.transaction(() => attack(db))();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const alone = await verifyLedgerFile(copy, 1, { trustedKeys: [trusted] });
  const withAnchors = await verifyLedgerFile(copy, 1, { trustedKeys: [trusted], anchors });
  return { alone, withAnchors };
}

type Row = EntryFields & { hash: string; prev_hash: string; hash_version: number };
const entries = (db: Db) => db.prepare('SELECT * FROM ledger_entries ORDER BY seq').all() as Row[];
const fields = ({ hash: _h, prev_hash: _p, hash_version: _v, ...rest }: Row): EntryFields => rest;

/** Rewrites every hash from `from` on, as chain.ts would; re-signs with `key` when the attacker has it. */
function rechain(db: Db, from: number, key?: ReturnType<typeof createPrivateKey>) {
  let prev = (db.prepare('SELECT hash FROM ledger_entries WHERE seq = ?').pluck().get(from - 1) as string | undefined) ?? GENESIS_HASH;
  for (const row of entries(db).filter((r) => r.seq >= from)) {
    const hash = entryHash(prev, fields(row));
    db.prepare('UPDATE ledger_entries SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
    if (key) db.prepare("UPDATE chain_signatures SET signature = ? WHERE chain = 'ledger' AND position = ?").run(sign(null, signatureMessage('ledger', row.seq, hash), key).toString('base64'), row.seq);
    prev = hash;
  }
}

function rechainAudit(db: Db, key?: ReturnType<typeof createPrivateKey>) {
  let prev = AUDIT_GENESIS;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Array<AuditRowFields & { id: number }>) {
    const hash = auditRowHash(prev, row);
    db.prepare('UPDATE audit_log SET hash = ? WHERE id = ?').run(hash, row.id);
    if (key) db.prepare("UPDATE chain_signatures SET signature = ? WHERE chain = 'audit' AND position = ?").run(sign(null, signatureMessage('audit', row.id, hash), key).toString('base64'), row.id);
    prev = hash;
  }
}

const forgedPayment = (db: Db): void => {
  const head = entries(db).at(-1)!;
  const row: EntryFields = { ...fields(head), seq: head.seq + 1, series_no: 99, receipt_no: 'W02-00000099', idempotency_key: 'forged', amount_fen: 1 };
  db.prepare('INSERT INTO ledger_entries (seq, kind, at, business_date, terminal_id, window_no, operator_id, approver_id, account_id, series_no, receipt_no, amount_fen, reverses_seq, idempotency_key, request_hash, body, hash_version, prev_hash, hash) VALUES (@seq, @kind, @at, @business_date, @terminal_id, @window_no, @operator_id, @approver_id, @account_id, @series_no, @receipt_no, @amount_fen, @reverses_seq, @idempotency_key, @request_hash, @body, 1, @prev_hash, @hash)').run({ ...row, prev_hash: head.hash, hash: entryHash(head.hash, row) });
};

describe('attack suite: with the database file only', () => {
  it('the untouched copy verifies, with signatures, audit chain, charges and anchors', async () => {
    const { alone, withAnchors } = await attacked(() => undefined);
    expect(alone.problems).toEqual([]);
    expect(withAnchors).toMatchObject({ ok: true, signaturesChecked: alone.entriesChecked, unsignedLegacy: 0 });
    expect(withAnchors.anchorsChecked).toBeGreaterThan(8);
    expect(withAnchors.auditSignaturesChecked).toBe(withAnchors.auditRowsChecked);
    expect(withAnchors.chargeLinesChecked).toBeGreaterThan(8);
  });

  it.each([
    ['an edited row', (db: Db) => db.exec('UPDATE ledger_entries SET amount_fen = amount_fen + 100 WHERE seq = 3'), /content does not match its hash/],
    ['a deleted row', (db: Db) => db.exec('DELETE FROM ledger_entries WHERE seq = 4'), /entries 4–4 are missing/],
    ['two rows swapped', (db: Db) => db.exec("UPDATE ledger_entries SET body = CASE seq WHEN 2 THEN (SELECT body FROM ledger_entries WHERE seq = 3) ELSE (SELECT body FROM ledger_entries WHERE seq = 2) END WHERE seq IN (2, 3)"), /content does not match its hash/],
    ['a cut tail, audit intact', (db: Db) => db.exec('DELETE FROM ledger_entries WHERE seq > 6'), /recorded in the audit log are missing/],
    ['a forged payment appended and chained with chain.ts', forgedPayment, /is not signed/],
    ['an amount rewritten, every later hash recomputed, the newest audit anchor rewritten', (db: Db) => {
      db.exec("UPDATE ledger_entries SET amount_fen = 1, body = replace(body, '\"amount\":5000', '\"amount\":1') WHERE seq = 2");
      rechain(db, 2);
      const head = entries(db).at(-1)!;
      db.prepare("UPDATE audit_log SET details = json_set(details, '$.hash', ?) WHERE id = (SELECT MAX(id) FROM audit_log WHERE action LIKE 'ledger.%')").run(head.hash);
      rechainAudit(db);
    }, /signature does not match the entry/],
    ['the audit log edited after dropping its triggers (refused sign-ins deleted)', (db: Db) => db.exec("DELETE FROM audit_log WHERE action = 'session.loginRefused' OR details LIKE '%refused%'"), /audit row \d+ .*does not follow the row before it/],
    ['a paid charge’s amount rewritten (what the account owes)', (db: Db) => db.exec("UPDATE charges SET amount_fen = amount_fen + 10000 WHERE kind = 'heating' AND account_id = (SELECT id FROM accounts WHERE account_no = '30000001')"), /paid it in full/],
    ['the signatures deleted and the keys dropped (all entries "legacy")', (db: Db) => db.exec('DELETE FROM chain_signatures; DELETE FROM signing_keys;'), /records no signing key/],
    ['an own key slipped in as a replacement, forged entry signed with it', (db: Db) => {
      const mine = generateSigningKey();
      const last = db.prepare('SELECT * FROM signing_keys ORDER BY key_no DESC LIMIT 1').get() as { key_no: number };
      const pub = publicKeyText(mine.publicKey);
      const head = entries(db).at(-1)!;
      const rec = { key_no: last.key_no + 1, public_key: pub, fingerprint: fingerprintOf(pub), installed_at: '2026-11-23T08:00:00.000Z', from_seq: head.seq + 1, from_audit_id: 100_000, reason: 'replaced' as const };
      db.prepare('INSERT INTO signing_keys VALUES (@key_no, @public_key, @fingerprint, @installed_at, @from_seq, @from_audit_id, @reason, NULL, @proof)').run({ ...rec, proof: sign(null, keyRecordMessage(rec), mine.privateKey).toString('base64') });
      forgedPayment(db);
      const forged = entries(db).at(-1)!;
      db.prepare("INSERT INTO chain_signatures VALUES ('ledger', ?, ?, ?)").run(forged.seq, rec.key_no, sign(null, signatureMessage('ledger', forged.seq, forged.hash), mine.privateKey).toString('base64'));
    }, /replaced key 1 without its endorsement/],
  ] as Array<[string, (db: Db) => void, RegExp]>)('%s: caught by verify alone', async (_name, attack, expected) => {
    const { alone, withAnchors } = await attacked(attack);
    expect(alone.problems.map((p) => p.reason).join('\n')).toMatch(expected);
    expect(alone.ok).toBe(false);
    expect(alone.firstBroken).not.toBeNull();
    expect(withAnchors.ok).toBe(false);
  });

  it('the last entries deleted together with their audit rows and signatures: caught with the anchors', async () => {
    const { alone, withAnchors } = await attacked((db) => {
      const cut = 8;
      const audit = db.prepare("SELECT MIN(id) FROM audit_log WHERE action LIKE 'ledger.%' AND json_extract(details, '$.seq') > ?").pluck().get(cut) as number;
      db.prepare('DELETE FROM ledger_entries WHERE seq > ?').run(cut);
      db.prepare("DELETE FROM chain_signatures WHERE chain = 'ledger' AND position > ?").run(cut);
      db.prepare('DELETE FROM audit_log WHERE id >= ?').run(audit);
      db.prepare("DELETE FROM chain_signatures WHERE chain = 'audit' AND position >= ?").run(audit);
    });
    expect(alone.ok).toBe(true); // consistent on its own: only what left the building shows it
    expect(withAnchors.ok).toBe(false);
    expect(withAnchors.firstBroken?.reason).toMatch(/is missing/);
  });
});

describe('attack suite: with the database file and the key (everything on the machine)', () => {
  it('an amount rewritten, re-hashed and re-signed, audit re-chained and re-signed: caught with the anchors', async () => {
    const key = createPrivateKeyFromFile().privateKey;
    const { alone, withAnchors } = await attacked((db) => {
      db.exec("UPDATE ledger_entries SET amount_fen = 1, body = replace(body, '\"amount\":5000', '\"amount\":1') WHERE seq = 2");
      db.exec("UPDATE charges SET amount_fen = 1 WHERE id = (SELECT json_extract(body, '$.lines[0].charge') FROM ledger_entries WHERE seq = 2)");
      rechain(db, 2, key);
      const head = entries(db).at(-1)!;
      db.prepare("UPDATE audit_log SET details = json_set(details, '$.hash', ?) WHERE id = (SELECT MAX(id) FROM audit_log WHERE action LIKE 'ledger.%')").run(head.hash);
      rechainAudit(db, key);
    });
    expect(alone.problems).toEqual([]); // the key holder can make the file consistent again
    expect(withAnchors.ok).toBe(false);
    expect(withAnchors.firstBroken?.reason).toMatch(/differs from its anchor outside/);
  });
});

describe('what prints comes from the chain', () => {
  it('a 补打 copy prints the ledger entry, not a print payload edited in the outbox', async () => {
    const job = h.hall.db.prepare("SELECT id, payload FROM print_jobs WHERE kind = 'receipt' ORDER BY id LIMIT 1").get() as { id: number; payload: string };
    const real = JSON.parse(job.payload) as { receiptNo: string; totalFen: number };
    h.hall.db.exec('DROP TRIGGER IF EXISTS print_jobs_no_payload_change');
    const forged = { ...real, totalFen: 1, lines: [{ kind: 'item', label: '伪造', season: null, detail: null, amountFen: 1 }] };
    h.hall.db.prepare('UPDATE print_jobs SET payload = ? WHERE id = ?').run(JSON.stringify(forged), job.id);
    const copy = await h.call('printing.reprintReceipt', { receiptNo: real.receiptNo }, h.manager);
    const preview = await h.call('printing.preview', { jobId: copy.jobId, paperWidth: 80 }, h.manager);
    const text = preview.svg.replace(/<[^>]*>/g, '');
    expect(text).not.toContain('伪造');
    expect(text).toContain('合计￥50.00');
  });
});

describe('npm run verify', () => {
  it('shows signatures and anchors checked, and exits 1 when an anchor from outside shows a cut tail', async () => {
    const { spawnSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const cli = join(import.meta.dirname, '../../../electron/hall/cli/verify.ts');
    const anchorsFile = join(h.dir, 'anchors.txt');
    writeFileSync(anchorsFile, anchors.map((a) => `#${a.seq} ${a.hash}`).join('\n'));
    const run = (db: string) => spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', cli, '--db', db, '--key', defaultKeyPath(path), '--anchors', anchorsFile], { encoding: 'utf8' });
    const intact = join(h.dir, 'intact.db');
    copyFileSync(path, intact);
    const ok = run(intact);
    expect(ok.stdout).toMatch(/signatures: \d+ entries and \d+ audit rows checked/);
    expect(ok.stdout).toMatch(/\(this installation\)/);
    expect(ok.stdout).toMatch(/anchors: \d+ checked/);
    expect(ok.status).toBe(0);
    const cut = join(h.dir, 'cut.db');
    copyFileSync(path, cut);
    const { db } = openDatabase({ path: cut, migrate: false });
    db.exec("DROP TRIGGER ledger_entries_no_delete; DROP TRIGGER audit_log_no_delete; DROP TRIGGER chain_signatures_no_delete;");
    db.exec("DELETE FROM ledger_entries WHERE seq > 8; DELETE FROM chain_signatures WHERE chain = 'ledger' AND position > 8; DELETE FROM audit_log WHERE id >= (SELECT MIN(id) FROM audit_log WHERE action LIKE 'ledger.%' AND json_extract(details, '$.seq') > 8);");
    db.close();
    const broken = run(cut);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN/);
  }, 60_000);
});


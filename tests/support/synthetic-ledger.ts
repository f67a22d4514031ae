// Many realistic payment entries written straight through the ledger appender (no
// dispatcher, no print jobs), for benchmarks and tests of verify at scale. A hall's own
// connection signs each entry as it appends (one Ed25519 signature, most of the append's time);
// buildSignedLedger appends on a connection that does not sign and signs afterwards on every
// core, with the same key and message, so a million signed entries take a minute, not three.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { openDatabase, type Db } from '../../electron/hall/db/open.ts';
import { ledgerAppender } from '../../electron/hall/ledger/append-entry.ts';
import { createHall } from '../../electron/hall/hall.ts';
import type { Clock } from '../../electron/hall/clock.ts';
import { seedDemoBranch } from '../../electron/hall/demo/demo-branch.ts';
import { writeDemoAccounts } from '../../electron/hall/demo/demo-accounts.ts';
import { keyFromPem } from '../../electron/hall/integrity/key-store.ts';
import { publicKeyText } from '../../electron/hall/integrity/signer.ts';

export function appendSyntheticPayments(db: Db, count: number): void {
  const append = ledgerAppender(db);
  const operator = db.prepare("SELECT id FROM operators WHERE code = '1001'").pluck().get() as number;
  const start = Date.parse('2026-11-23T01:00:00Z');
  const accounts = Math.max(1, db.prepare('SELECT COUNT(*) FROM accounts').pluck().get() as number);
  // each payment pays a counter item sold with it, so the charges agree with the ledger (verify checks them)
  const charge = db.prepare(
    "INSERT INTO charges (account_id, kind, item_code, description, detail, amount_fen, tax_category, source, created_at) VALUES (?, 'item', 'KS', '开栓费', NULL, ?, 'taxable', 'synthetic', '2026-11-23T01:00:00.000Z')",
  );
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const amount = 5_000 + (i % 997) * 100;
      const chargeId = Number(charge.run(1 + (i % accounts), amount).lastInsertRowid);
      const body = {
        v: 1,
        account: { no: String(10_000_001 + (i % accounts)), name: '张三丰', address: '幸福小区3号楼2单元501室' },
        cashier: { code: '1001', name: '王晓梅' },
        lines: [{ kind: 'charge', charge: chargeId, chargeKind: 'item', label: '开栓费', season: null, detail: null, taxCategory: 'taxable', amount }],
        tenders: [{ method: i % 3 ? 'wechat' : 'cash', amount, reference: null }],
        cashReceived: i % 3 ? 0 : amount,
        change: 0,
        reversal: null,
        waiverReason: null,
      };
      append({
        kind: 'payment',
        at: new Date(start + i * 1_000).toISOString(),
        business_date: '2026-11-23',
        terminal_id: `counter-${1 + (i % 8)}`,
        window_no: 1 + (i % 8),
        operator_id: operator,
        approver_id: null,
        account_id: 1 + (i % accounts),
        amount_fen: amount,
        reverses_seq: null,
        idempotency_key: null,
        request_hash: null,
        body: JSON.stringify(body),
        issueReceipt: true,
      });
    }
  });
  // the series lookup per window needs an index on (window_no, series_no): the UNIQUE constraint is one
  for (let i = 0; i < count; i += 50_000) batch.immediate(i, Math.min(count, i + 50_000));
}

const SIGN_WORKER = new URL('./sign-ledger-worker.ts', import.meta.url);

/**
 * Signs every unsigned ledger entry of the file with the key in `keyPem` (which the database must
 * already record, as the hall does when it opens), one seq slice per thread. Returns how many.
 */
export async function signLedgerFile(path: string, keyPem: string, threads = availableParallelism()): Promise<number> {
  const { db } = openDatabase({ path, migrate: false });
  try {
    const keyNo = db.prepare('SELECT key_no FROM signing_keys WHERE public_key = ?').pluck().get(publicKeyText(keyFromPem(keyPem).publicKey)) as number | undefined;
    if (keyNo === undefined) throw new Error('the ledger does not record this signing key');
    const { lo, hi } = db.prepare('SELECT MIN(seq) AS lo, MAX(seq) AS hi FROM ledger_entries').get() as { lo: number | null; hi: number | null };
    if (lo === null || hi === null) return 0;
    const size = Math.ceil((hi - lo + 1) / threads);
    const slices = Array.from({ length: threads }, (_, i) => [lo + i * size, Math.min(hi, lo + (i + 1) * size - 1)] as const).filter(([from, to]) => from <= to);
    const insert = db.prepare("INSERT INTO chain_signatures (chain, position, key_no, signature) VALUES ('ledger', ?, ?, ?)");
    const write = db.transaction((seqs: Float64Array, signatures: Uint8Array) => {
      const bytes = Buffer.from(signatures.buffer, signatures.byteOffset, signatures.byteLength);
      seqs.forEach((seq, i) => insert.run(seq, keyNo, bytes.subarray(i * 64, i * 64 + 64).toString('base64')));
    });
    let signed = 0;
    await Promise.all(
      slices.map(
        ([from, to]) =>
          new Promise<void>((resolve, reject) => {
            const thread = new Worker(SIGN_WORKER, { workerData: { path, from, to, keyPem } });
            thread.once('message', ({ seqs, signatures }: { seqs: Float64Array; signatures: Uint8Array }) => {
              write.immediate(seqs, signatures);
              signed += seqs.length;
              resolve();
            });
            thread.once('error', reject);
          }),
      ),
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    return signed;
  } finally {
    db.close();
  }
}

export interface SignedLedgerOptions {
  entries: number;
  accounts: number;
  clock: Clock;
  /** the installation key's file (created if missing); the database records its public half */
  keyPath: string;
  threads?: number;
}

/**
 * A demo branch's database with `entries` signed payments, as the shipped `verify` accepts it:
 * the hall installs the key (signing_keys) and seeds the branch, then the entries are appended
 * through the shipped appender on a connection that does not sign, and signed on every core.
 */
export async function buildSignedLedger(path: string, options: SignedLedgerOptions): Promise<void> {
  const hall = createHall({ dbPath: path, signingKeyPath: options.keyPath, printWorker: false, backup: { dir: null, everyMinutes: 0, keep: 1, keepDays: 0 } }, options.clock);
  try {
    hall.db.pragma('synchronous = OFF');
    seedDemoBranch(hall);
    writeDemoAccounts(hall.db, options.accounts, { seed: 1, season: '2026-2027', now: options.clock.now() });
  } finally {
    hall.close();
  }
  const { db } = openDatabase({ path, migrate: false });
  try {
    db.pragma('synchronous = OFF');
    appendSyntheticPayments(db, options.entries);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  await signLedgerFile(path, readFileSync(options.keyPath, 'utf8'), options.threads);
}

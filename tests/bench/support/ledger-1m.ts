// A signed ledger of 1,000,000 entries (8 windows' receipt series, 10,000 accounts), built once
// per version and cached in the temp folder with its signing key beside it: ledger_verify_1m
// and backup_1m read it. Bump LEDGER_VERSION when what is built changes in a way the sources
// hashed below do not show.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clockFromOption } from '../../../electron/hall/clock.ts';
import { fileKeyStore, type KeyStore } from '../../../electron/hall/integrity/index.ts';
import { BENCH_CLOCK } from './demo-db.ts';
import { buildSignedLedger } from '../../support/synthetic-ledger.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ENTRIES = 1_000_000;
const LEDGER_VERSION = 'signed-1';

function sourcesKey(): string {
  const hash = createHash('sha256').update(LEDGER_VERSION);
  const migrations = join(ROOT, 'electron/hall/db/migrations');
  for (const f of readdirSync(migrations).sort()) hash.update(readFileSync(join(migrations, f)));
  for (const f of ['electron/hall/ledger/chain.ts', 'electron/hall/integrity/signer.ts', 'tests/support/synthetic-ledger.ts', 'tests/support/sign-ledger-worker.ts']) hash.update(readFileSync(join(ROOT, f)));
  return hash.digest('hex').slice(0, 12);
}

/** The cached ledger's file and its installation key's file (the key is never in the database). */
export function ledgerPaths(): { path: string; keyPath: string } {
  const path = join(tmpdir(), 'counterdesk-bench', `ledger-${ENTRIES}-${LEDGER_VERSION}-${sourcesKey()}.db`);
  return { path, keyPath: `${path}.key.pem` };
}

/** The cached ledger's key store: a hall opened on a copy signs with the same key, as the branch's would. */
export function ledgerKeyStore(): KeyStore {
  return fileKeyStore(ledgerPaths().keyPath);
}

export async function cachedLedger(): Promise<string> {
  const { path, keyPath } = ledgerPaths();
  if (existsSync(path) && existsSync(keyPath)) return path;
  mkdirSync(join(tmpdir(), 'counterdesk-bench'), { recursive: true });
  const tmp = `${path}.tmp`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, keyPath]) rmSync(f, { force: true });
  const started = performance.now();
  await buildSignedLedger(tmp, { entries: ENTRIES, accounts: 10_000, clock: clockFromOption(BENCH_CLOCK), keyPath });
  renameSync(tmp, path);
  console.error(`built the signed ${ENTRIES}-entry ledger in ${((performance.now() - started) / 1000).toFixed(0)} s: ${path}`);
  return path;
}

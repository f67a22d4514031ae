// A signed ledger of 1,000,000 entries (8 windows' receipt series, 10,000 accounts), built once
// per version and cached in the temp folder with its signing key beside it: ledger_verify_1m
// and backup_1m read it. Building it takes 3 minutes on a quiet 2-core machine and over 10 on a
// busy one, so it is keyed by a version string, not by the sources: a new migration elsewhere
// does not rebuild it (verify reads only the ledger's own tables; a hall opened on a copy
// migrates it as a branch's would). Bump LEDGER_VERSION when the ledger's hashing, signing or
// this builder changes.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockFromOption } from '../../../electron/hall/clock.ts';
import { fileKeyStore, type KeyStore } from '../../../electron/hall/integrity/index.ts';
import { BENCH_CLOCK } from './demo-db.ts';
import { buildSignedLedger } from '../../support/synthetic-ledger.ts';
import { HASH_VERSION } from '../../../electron/hall/ledger/chain.ts';

export const ENTRIES = 1_000_000;
const LEDGER_VERSION = `signed-1-hash${HASH_VERSION}`;

/** The cached ledger's file and its installation key's file (the key is never in the database). */
export function ledgerPaths(): { path: string; keyPath: string } {
  const path = join(tmpdir(), 'counterdesk-bench', `ledger-${ENTRIES}-${LEDGER_VERSION}.db`);
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

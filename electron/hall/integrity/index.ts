// The integrity module's public door: the installation's signing key and signer, the checks
// `verify` adds to the ledger's own (keys, audit chain, charges), outside anchors, backups'
// verification. Other domains import from here only.
import type { Db } from '../db/open.ts';
import type { HallConfig } from '../config.ts';
import { defaultKeyPath, fileKeyStore, keyFromPem, memoryKeyStore, type KeyStore } from './key-store.ts';
import { openSigner, type Signer } from './signer.ts';
import { attachSigner, signerOf } from './signers.ts';

export type { KeyStore, SigningKey, SafeStorageLike } from './key-store.ts';
export { fileKeyStore, memoryKeyStore, safeStorageKeyStore, defaultKeyPath, generateSigningKey } from './key-store.ts';
export type { Signer, KeyRecord } from './signer.ts';
export { fingerprintOf, publicKeyText } from './signer.ts';
export { signerOf, signRow } from './signers.ts';
export type { Anchor, ReceiptCode } from './anchors.ts';
export { parseAnchors, parseReceiptCode, receiptQrText, headText, anchorProblems, receiptProblems } from './anchors.ts';
export { keyTimeline, type KeyTimeline } from './key-timeline.ts';
export { signatureMessage, verifyBytes } from './signer.ts';
export { verifyKeys, type KeySummary } from './verify-keys.ts';

/** The key store a hall uses when the shell gives none: a key file for a file database, an ephemeral key in memory. */
export function defaultKeyStore(config: Pick<HallConfig, 'dbPath' | 'signingKeyPath'>): KeyStore {
  if (config.dbPath === ':memory:') return memoryKeyStore();
  return fileKeyStore(config.signingKeyPath ?? defaultKeyPath(config.dbPath));
}

/** Loads (or creates) the installation key, records it in the ledger if new, and signs everything this connection writes. */
export function openInstallationSigner(db: Db, config: Pick<HallConfig, 'dbPath' | 'signingKeyPath'>, now: Date, store: KeyStore = defaultKeyStore(config)): Signer {
  const signer = openSigner(db, store, now);
  attachSigner(db, signer);
  return signer;
}

/** A worker thread's connection signs with the hall's key (handed over in memory, never written anywhere). */
export function attachWorkerSigner(db: Db, keyPem: string, now: Date): void {
  attachSigner(db, openSigner(db, memoryKeyStore(keyFromPem(keyPem)), now));
}

/** The hall's key for a worker thread, or null when this connection does not sign. */
export function keyForWorker(db: Db): string | null {
  return signerOf(db)?.keyForWorker() ?? null;
}

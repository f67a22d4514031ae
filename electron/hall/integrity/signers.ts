// Which signer writes through which connection. Every writer of the ledger and the audit log
// asks here, so a new kind of entry (shift movements, period closings …) is signed without
// knowing about keys. A connection without a signer (a read-only verifier) cannot write rows
// that verify: that is the point.
import type { Db } from '../db/open.ts';
import type { Chain, Signer } from './signer.ts';

const signers = new WeakMap<Db, Signer>();

export function attachSigner(db: Db, signer: Signer): void {
  signers.set(db, signer);
}

export function signerOf(db: Db): Signer | undefined {
  return signers.get(db);
}

/** Signs a new row if this connection signs; a database without keys (old tests, tools) stays unsigned. */
export function signRow(db: Db, chain: Chain, position: number, hash: string): void {
  signers.get(db)?.sign(chain, position, hash);
}

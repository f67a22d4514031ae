// Signs each ledger entry and each audit row as it is written, in the writer's transaction,
// with the installation's Ed25519 key (held outside the database: key-store.ts). The
// signature is over "<chain>:<position>:<hash>", and the hash already covers everything
// before it, so one signature vouches for the entry and the whole history it links to.
// Anyone may append with the product's own chain.ts; only the key's holder can sign.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Db } from '../db/open.ts';
import type { KeyStore, SigningKey } from './key-store.ts';

export type Chain = 'ledger' | 'audit';

export interface KeyRecord {
  key_no: number;
  public_key: string;
  fingerprint: string;
  installed_at: string;
  from_seq: number;
  from_audit_id: number;
  reason: 'installed' | 'rotated' | 'replaced';
  endorsement: string | null;
  proof: string;
}

export function signatureMessage(chain: Chain, position: number, hash: string): Buffer {
  return Buffer.from(`${chain}:${position}:${hash}`, 'utf8');
}

/** What a key record's proof and endorsement sign: every column but the signatures themselves. */
export function keyRecordMessage(k: Omit<KeyRecord, 'endorsement' | 'proof'>): Buffer {
  return Buffer.from(`key:${k.key_no}:${k.public_key}:${k.fingerprint}:${k.installed_at}:${k.from_seq}:${k.from_audit_id}:${k.reason}`, 'utf8');
}

export function publicKeyText(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function publicKeyFrom(text: string): KeyObject {
  return createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
}

/** The short name of a key, printed in reports and docs: first 16 hex digits of SHA-256 of its DER. */
export function fingerprintOf(publicKeyDerBase64: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyDerBase64, 'base64')).digest('hex').slice(0, 16).toUpperCase();
}

export function signBytes(key: KeyObject, message: Buffer): string {
  return sign(null, message, key).toString('base64');
}

export function verifyBytes(key: KeyObject, message: Buffer, signature: string): boolean {
  try {
    return verify(null, message, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export interface Signer {
  readonly keyStoreKind: string;
  /** The key now in use. */
  current(): KeyRecord;
  /** Signs one row of a chain; inside the writer's transaction. */
  sign(chain: Chain, position: number, hash: string): void;
  /** The key in PEM, for a worker thread of this process writing on its own connection (an import). */
  keyForWorker(): string;
  /** A new key, endorsed by the current one; recorded in the ledger's key list. */
  rotate(next: SigningKey, at: Date): KeyRecord;
}

/**
 * Loads the installation key and makes sure the database knows it: the first key is recorded
 * as installed; a key the database has never seen, when another is current, is recorded as a
 * replacement that no previous key endorses (a new machine, a lost key file) — `verify`
 * reports it until someone confirms the new fingerprint (docs/ledger.md).
 */
export function openSigner(db: Db, store: KeyStore, now: Date): Signer {
  let key = store.load();
  const newest = db.prepare('SELECT * FROM signing_keys ORDER BY key_no DESC LIMIT 1');
  const byPublic = db.prepare('SELECT * FROM signing_keys WHERE public_key = ?');
  const insertKey = db.prepare(`INSERT INTO signing_keys (key_no, public_key, fingerprint, installed_at, from_seq, from_audit_id, reason, endorsement, proof)
    VALUES (@key_no, @public_key, @fingerprint, @installed_at, @from_seq, @from_audit_id, @reason, @endorsement, @proof)`);
  const insertSig = db.prepare('INSERT INTO chain_signatures (chain, position, key_no, signature) VALUES (?, ?, ?, ?)');
  const ledgerHead = db.prepare('SELECT COALESCE(MAX(seq), 0) FROM ledger_entries').pluck();
  const auditHead = db.prepare('SELECT COALESCE(MAX(id), 0) FROM audit_log').pluck();

  const record = (signing: SigningKey, reason: KeyRecord['reason'], previous: { key: KeyObject } | null, at: Date): KeyRecord => {
    const last = newest.get() as KeyRecord | undefined;
    const publicKey = publicKeyText(signing.publicKey);
    const base = {
      key_no: (last?.key_no ?? 0) + 1,
      public_key: publicKey,
      fingerprint: fingerprintOf(publicKey),
      installed_at: at.toISOString(),
      from_seq: (ledgerHead.get() as number) + 1,
      from_audit_id: (auditHead.get() as number) + 1,
      reason,
    };
    const message = keyRecordMessage(base);
    const row: KeyRecord = { ...base, endorsement: previous ? signBytes(previous.key, message) : null, proof: signBytes(signing.privateKey, message) };
    insertKey.run(row);
    return row;
  };

  let active = db
    .transaction((): KeyRecord => {
      const mine = byPublic.get(publicKeyText(key.publicKey)) as KeyRecord | undefined;
      const last = newest.get() as KeyRecord | undefined;
      if (mine && mine.key_no === last?.key_no) return mine;
      if (mine) throw new Error(`the signing key in the ${store.kind} store is key ${mine.key_no}, replaced since by key ${last!.key_no}: restore the current key`);
      return record(key, last ? 'replaced' : 'installed', null, now);
    })
    .immediate();

  return {
    keyStoreKind: store.kind,
    current: () => active,
    sign(chain, position, hash) {
      // another process on the same file may have rotated the key since: follow it
      const last = newest.get() as KeyRecord;
      if (last.key_no !== active.key_no) {
        key = store.load();
        const mine = byPublic.get(publicKeyText(key.publicKey)) as KeyRecord | undefined;
        if (!mine || mine.key_no !== last.key_no) throw new Error('the signing key was rotated by another process and this one cannot load it');
        active = mine;
      }
      insertSig.run(chain, position, active.key_no, signBytes(key.privateKey, signatureMessage(chain, position, hash)));
    },
    keyForWorker: () => key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    rotate(next, at) {
      const rotated = db.transaction(() => record(next, 'rotated', { key: key.privateKey }, at)).immediate();
      store.replace(next);
      key = next;
      active = rotated;
      return rotated;
    },
  };
}

// The signing keys as `verify` checks them: each proves it holds its private half, a rotation
// is endorsed by the key before, and a replacement nobody endorsed (a new machine, a lost key
// file — or an attacker's own key) is reported until its fingerprint is confirmed from outside.
import type { Db } from '../db/open.ts';
import { keyTimeline } from './key-timeline.ts';
import { fingerprintOf as fingerprintFromDer, keyRecordMessage, publicKeyFrom, verifyBytes } from './signer.ts';

export interface IntegrityProblem {
  /** where: a ledger seq for ledger and charge problems, else 0 */
  seq: number;
  reason: string;
}

export interface KeySummary {
  keyNo: number;
  fingerprint: string;
  reason: 'installed' | 'rotated' | 'replaced';
  fromSeq: number;
  installedAt: string;
}

/** Key records in order; `trusted` are fingerprints confirmed from outside (this machine's key store, head office). */
export function verifyKeys(db: Db, trusted: readonly string[], entries: number): { keys: KeySummary[]; problems: IntegrityProblem[] } {
  const { records } = keyTimeline(db);
  const problems: IntegrityProblem[] = [];
  const problem = (reason: string) => problems.push({ seq: 0, reason });
  records.forEach((k, i) => {
    const message = keyRecordMessage(k);
    if (fingerprintMatches(k.public_key, k.fingerprint) === false) problem(`key ${k.key_no}: fingerprint does not match its public key`);
    if (!verifyBytes(publicKeyFrom(k.public_key), message, k.proof)) problem(`key ${k.key_no}: its record is not signed by the key itself`);
    const previous = records[i - 1];
    if (k.key_no !== i + 1) problem(`key ${k.key_no} is out of order (expected key ${i + 1})`);
    if (previous && (k.from_seq < previous.from_seq || k.from_audit_id < previous.from_audit_id)) problem(`key ${k.key_no} starts before key ${previous.key_no}`);
    if (!previous && k.reason !== 'installed') problem(`key ${k.key_no} is a ${k.reason} key but no key came before it`);
    if (previous && k.reason === 'installed') problem(`key ${k.key_no} claims to be the first key`);
    if (previous && k.reason === 'rotated' && (!k.endorsement || !verifyBytes(publicKeyFrom(previous.public_key), message, k.endorsement))) problem(`key ${k.key_no}: rotation not endorsed by key ${previous.key_no}`);
    if (k.reason === 'replaced' && !trusted.includes(k.fingerprint)) problem(`key ${k.key_no} (${k.fingerprint}) replaced key ${previous?.key_no} without its endorsement from entry ${k.from_seq}: confirm the fingerprint from outside (--trust-key)`);
  });
  if (trusted.length > 0 && !records.some((k) => trusted.includes(k.fingerprint))) {
    problem(records.length === 0 ? `the ledger records no signing key, but this installation signs with ${trusted.join(', ')}` : `none of the ledger's keys is the installation's key ${trusted.join(', ')}`);
  }
  if (trusted.length > 0 && records.length > 0 && records[0]!.from_seq > 1 && entries > 0) {
    // entries before the first key are legacy only if the database is older than signing
    const olderThanSigning = db.prepare("SELECT applied_at FROM schema_migrations WHERE version = 700").pluck().get() as string | undefined;
    const firstAt = db.prepare('SELECT at FROM ledger_entries WHERE seq = 1').pluck().get() as string | undefined;
    if (olderThanSigning && firstAt && firstAt > olderThanSigning) problem(`entries 1–${records[0]!.from_seq - 1} were written after signing existed but are not signed`);
  }
  const keys = records.map((k) => ({ keyNo: k.key_no, fingerprint: k.fingerprint, reason: k.reason, fromSeq: k.from_seq, installedAt: k.installed_at }));
  return { keys, problems };
}

function fingerprintMatches(publicKey: string, fingerprint: string): boolean {
  return fingerprintFromDer(publicKey) === fingerprint;
}

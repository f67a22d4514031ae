// What `verify` checks beyond the ledger's own rows: the signing keys (each proves its
// private half; a rotation is endorsed by the key before; a replacement nobody endorsed is
// reported until its fingerprint is confirmed from outside), the audit log's hash chain and
// signatures, and the charges the ledger paid (a charge's amount must be what the entries that
// paid it in full say it was).
import type { Db } from '../db/open.ts';
import { AUDIT_GENESIS, auditRowHash } from '../audit/audit-chain.ts';
import { keyTimeline } from './key-timeline.ts';
import { fingerprintOf as fingerprintFromDer, keyRecordMessage, publicKeyFrom, signatureMessage, verifyBytes } from './signer.ts';

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


type AuditRow = [number, string, string, string | null, number | null, string | null, string, string, number | null, string, string | null, number | null, string | null];

/** The audit log's chain and signatures, row by row. */
export function verifyAuditChain(db: Db, checkSignatures = true): { checked: number; signatures: number; legacy: number; problems: IntegrityProblem[] } {
  const keys = keyTimeline(db);
  const problems: IntegrityProblem[] = [];
  const hasHash = db.prepare("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'hash'").get() !== undefined;
  if (!hasHash) return { checked: 0, signatures: 0, legacy: 0, problems };
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.action, a.subject, a.operator_id, a.operator_code, a.role, a.terminal_id, a.window_no, a.details, a.hash, s.key_no, s.signature
       FROM audit_log a LEFT JOIN chain_signatures s ON s.chain = 'audit' AND s.position = a.id ORDER BY a.id`,
    )
    .raw()
    .iterate() as IterableIterator<AuditRow>;
  let prev: string | null = null;
  let checked = 0;
  let signatures = 0;
  let legacy = 0;
  for (const [id, at, action, subject, operatorId, operatorCode, role, terminalId, windowNo, details, hash, keyNo, signature] of rows) {
    if (problems.length >= 20) break;
    if (hash === null) {
      if (prev !== null) problems.push({ seq: 0, reason: `audit row ${id} is outside the chain (no hash)` });
      else legacy++;
      continue;
    }
    checked++;
    const expected = auditRowHash(prev ?? AUDIT_GENESIS, { at, action, subject, operator_id: operatorId, operator_code: operatorCode, role, terminal_id: terminalId, window_no: windowNo, details });
    if (expected !== hash) problems.push({ seq: 0, reason: `audit row ${id} (${action}) does not match its hash or does not follow the row before it` });
    prev = hash;
    const signer = checkSignatures ? keys.forAudit(id) : null;
    if (!signer) continue;
    if (signature === null) problems.push({ seq: 0, reason: `audit row ${id} (${action}) is not signed` });
    else if (keyNo !== signer.keyNo || !verifyBytes(signer.key, signatureMessage('audit', id, hash), signature)) problems.push({ seq: 0, reason: `audit row ${id} (${action}): signature does not match` });
    else signatures++;
  }
  return { checked, signatures, legacy, problems };
}

/**
 * A payment pays each charge it names in full: what was allocated to the charge before, plus
 * this line, is the charge's amount. A charge amount rewritten after it was paid (or an
 * allocation to a charge that is not the entry's account's) shows here.
 */
export function verifyCharges(db: Db): { checked: number; problems: IntegrityProblem[] } {
  const rows = db
    .prepare(
      `SELECT e.seq, e.kind, e.account_id, json_extract(l.value, '$.charge') AS charge_id, json_extract(l.value, '$.amount') AS amount, c.amount_fen, c.account_id AS charge_account
       FROM ledger_entries e, json_each(e.body, '$.lines') l LEFT JOIN charges c ON c.id = json_extract(l.value, '$.charge')
       WHERE e.kind IN ('payment', 'reversal') AND json_extract(l.value, '$.kind') = 'charge' ORDER BY e.seq`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, number | null, number, number, number | null, number | null]>;
  const allocated = new Map<number, number>();
  const problems: IntegrityProblem[] = [];
  let checked = 0;
  for (const [seq, kind, accountId, chargeId, amount, chargeAmount, chargeAccount] of rows) {
    if (problems.length >= 20) break;
    checked++;
    const before = allocated.get(chargeId) ?? 0;
    allocated.set(chargeId, before + amount);
    if (chargeAmount === null) problems.push({ seq, reason: `charge ${chargeId} it pays does not exist` });
    else if (chargeAccount !== accountId) problems.push({ seq, reason: `charge ${chargeId} it pays belongs to another account` });
    else if (kind === 'payment' && before + amount !== chargeAmount) problems.push({ seq, reason: `charge ${chargeId} is ${chargeAmount} fen, but this entry paid it in full with ${amount} fen after ${before} fen` });
  }
  return { checked, problems };
}

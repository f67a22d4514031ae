// The audit log's chain and signatures as `verify` checks them, row by row.
import type { Db } from '../db/open.ts';
import { keyTimeline, signatureMessage, verifyBytes } from '../integrity/index.ts';
import { AUDIT_GENESIS, auditRowHash } from './audit-chain.ts';

export interface AuditProblem {
  seq: number;
  reason: string;
}

type AuditRow = [number, string, string, string | null, number | null, string | null, string, string, number | null, string, string | null, number | null, string | null, string | null];

export function verifyAuditChain(db: Db, checkSignatures = true): { checked: number; signatures: number; legacy: number; problems: AuditProblem[] } {
  const keys = keyTimeline(db);
  const problems: AuditProblem[] = [];
  const hasHash = db.prepare("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'hash'").get() !== undefined;
  if (!hasHash) return { checked: 0, signatures: 0, legacy: 0, problems };
  const hasSource = db.prepare("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'source'").get() !== undefined;
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.action, a.subject, a.operator_id, a.operator_code, a.role, a.terminal_id, a.window_no, a.details, a.hash, s.key_no, s.signature, ${hasSource ? 'a.source' : 'NULL'}
       FROM audit_log a LEFT JOIN chain_signatures s ON s.chain = 'audit' AND s.position = a.id ORDER BY a.id`,
    )
    .raw()
    .iterate() as IterableIterator<AuditRow>;
  let prev: string | null = null;
  let checked = 0;
  let signatures = 0;
  let legacy = 0;
  for (const [id, at, action, subject, operatorId, operatorCode, role, terminalId, windowNo, details, hash, keyNo, signature, source] of rows) {
    if (problems.length >= 20) break;
    if (hash === null) {
      if (prev !== null) problems.push({ seq: 0, reason: `audit row ${id} is outside the chain (no hash)` });
      else legacy++;
      continue;
    }
    checked++;
    const expected = auditRowHash(prev ?? AUDIT_GENESIS, { at, action, subject, operator_id: operatorId, operator_code: operatorCode, role, terminal_id: terminalId, window_no: windowNo, details, source });
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

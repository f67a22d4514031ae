// The audit log as a hash chain (version 1): each row's hash covers the row before it, so a
// row deleted, edited or slipped in — even with the append-only triggers dropped — breaks
// the chain from there on. Rows written before the chain existed have no hash (legacy).
// Version 2 adds the call's source address; a row without one keeps version 1's form, so
// rows written before the source was recorded verify unchanged.
import { createHash } from 'node:crypto';

export const AUDIT_GENESIS = '0'.repeat(64);

export interface AuditRowFields {
  at: string;
  action: string;
  subject: string | null;
  operator_id: number | null;
  operator_code: string | null;
  role: string;
  terminal_id: string;
  window_no: number | null;
  details: string;
  /** Where the call came from (LAN address, 'ipc:<terminal>'); null in-process and on rows from before it was recorded. */
  source?: string | null;
}

export function auditRowHash(prevHash: string, r: AuditRowFields): string {
  const common = [r.at, r.action, r.subject, r.operator_id, r.operator_code, r.role, r.terminal_id, r.window_no];
  const fields = JSON.stringify(r.source === null || r.source === undefined ? [1, ...common] : [2, ...common, r.source]);
  return createHash('sha256').update(prevHash).update('\n').update(fields).update('\n').update(r.details).digest('hex');
}

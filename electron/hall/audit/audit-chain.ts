// The audit log as a hash chain (version 1): each row's hash covers the row before it, so a
// row deleted, edited or slipped in — even with the append-only triggers dropped — breaks
// the chain from there on. Rows written before the chain existed have no hash (legacy).
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
}

export function auditRowHash(prevHash: string, r: AuditRowFields): string {
  const fields = JSON.stringify([1, r.at, r.action, r.subject, r.operator_id, r.operator_code, r.role, r.terminal_id, r.window_no]);
  return createHash('sha256').update(prevHash).update('\n').update(fields).update('\n').update(r.details).digest('hex');
}

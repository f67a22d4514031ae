// The audit log's one store. Every action of consequence is written here inside the same
// transaction as the action itself, so there is never a payment without its audit line or
// the other way round. Each row extends the audit hash chain (audit-chain.ts) and is signed
// like a ledger entry.
import type { Db } from '../db/open.ts';
import type { AuditEntry, Caller } from '../handlers.ts';
import { signRow } from '../integrity/index.ts';
import { AUDIT_GENESIS, auditRowHash, type AuditRowFields } from './audit-chain.ts';

export function writeAudit(db: Db, caller: Caller, at: Date, entry: AuditEntry): void {
  const write = () => {
    const prev = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string | null | undefined;
    const row: AuditRowFields = {
      at: at.toISOString(),
      action: entry.action,
      subject: entry.subject ?? null,
      operator_id: caller.operator?.id ?? null,
      operator_code: caller.operator?.code ?? null,
      role: caller.role,
      terminal_id: caller.terminalId,
      window_no: caller.windowNo,
      details: JSON.stringify(entry.details ?? {}),
      source: caller.source ?? null,
    };
    const hash = auditRowHash(prev ?? AUDIT_GENESIS, row);
    const info = db
      .prepare(
        `INSERT INTO audit_log (at, action, subject, operator_id, operator_code, role, terminal_id, window_no, details, source, hash)
         VALUES (@at, @action, @subject, @operator_id, @operator_code, @role, @terminal_id, @window_no, @details, @source, @hash)`,
      )
      .run({ ...row, hash });
    signRow(db, 'audit', Number(info.lastInsertRowid), hash);
  };
  // reading the head and appending must be one step, whoever else writes to the file
  if (db.inTransaction) write();
  else db.transaction(write).immediate();
}

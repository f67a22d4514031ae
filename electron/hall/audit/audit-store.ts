// The audit log's one store. Every action of consequence is written here inside the same
// transaction as the action itself, so there is never a payment without its audit line or
// the other way round.
import type { Db } from '../db/open.ts';
import type { AuditEntry, Caller } from '../handlers.ts';

export function writeAudit(db: Db, caller: Caller, at: Date, entry: AuditEntry): void {
  db.prepare(
    `INSERT INTO audit_log (at, action, subject, operator_id, operator_code, role, terminal_id, window_no, details)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    entry.action,
    entry.subject ?? null,
    caller.operator?.id ?? null,
    caller.operator?.code ?? null,
    caller.role,
    caller.terminalId,
    caller.windowNo,
    JSON.stringify(entry.details ?? {}),
  );
}

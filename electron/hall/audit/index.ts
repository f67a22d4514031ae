// The audit module's door: the only file other hall modules import. The audit log is
// append-only; every module writes to it through HandlerEnv.audit (the dispatcher calls
// writeAudit inside the command's transaction) and none reads or writes audit_log itself.
// A row's subject is a code and a value ('window 3', 'reversal W01-00000042'), never a sentence:
// a screen says it in its own language. Rows written before that say '冲正 …' / '滞纳金减免 …' for
// a refused reversal / late-fee waiver approval, and stay as they were written.
export { writeAudit } from './audit-store.ts';
export { verifyAuditChain } from './audit-chain-verify.ts';
export { auditRowHash, AUDIT_GENESIS } from './audit-chain.ts';

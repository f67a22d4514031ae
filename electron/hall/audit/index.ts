// The audit module's door: the only file other hall modules import. The audit log is
// append-only; every module writes to it through HandlerEnv.audit (the dispatcher calls
// writeAudit inside the command's transaction) and none reads or writes audit_log itself.
export { writeAudit } from './audit-store.ts';
export { verifyAuditChain } from './audit-chain-verify.ts';
export { auditRowHash, AUDIT_GENESIS } from './audit-chain.ts';

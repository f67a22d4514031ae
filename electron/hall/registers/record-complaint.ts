// 首问负责制: whoever receives a complaint records it at once and is responsible for it; the
// deadlines to forward and to answer start now.
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { Complaint } from '../../../shared/api/registers.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { RegistersStore } from './registers-store.ts';
import { complaintView, staffRefs } from './register-views.ts';
import { complaintDeadlines } from './complaint-deadlines.ts';

export function recordComplaint(store: RegistersStore, input: ParsedInput<'registers.recordComplaint'>, env: HandlerEnv): Complaint {
  const { forwardBy, answerBy } = complaintDeadlines(env.now);
  const id = store.addComplaint({
    matter: input.matter,
    complainant: input.complainant,
    phone: input.phone,
    account_no: input.accountNo,
    received_at: env.now.toISOString(),
    received_by: env.caller.operator?.id ?? null,
    window_no: env.caller.windowNo,
    terminal_id: env.caller.terminalId,
    forward_by: forwardBy.toISOString(),
    answer_by: answerBy.toISOString(),
  });
  env.audit({ action: 'registers.complaintRecorded', subject: `complaint ${id}`, details: { forwardBy: forwardBy.toISOString(), answerBy: answerBy.toISOString() } });
  env.emit('registers.changed', { kind: 'complaint', id });
  return complaintView(store.complaint(id)!, env.now, staffRefs(env.db));
}

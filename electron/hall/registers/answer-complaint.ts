import type { ParsedInput } from '../../../shared/api/index.ts';
import type { Complaint } from '../../../shared/api/registers.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { RegistersStore } from './registers-store.ts';
import { moveComplaint } from './move-complaint.ts';

/** 答复: the complainant was told the outcome (within 48 hours of receiving). */
export function answerComplaint(store: RegistersStore, input: ParsedInput<'registers.answerComplaint'>, env: HandlerEnv): Complaint {
  return moveComplaint(store, env, input.id, {
    from: ['open', 'forwarded'],
    to: 'answered',
    fields: { answered_at: env.now.toISOString(), answered_by: env.caller.operator?.id ?? null, answer: input.answer },
    audit: 'registers.complaintAnswered',
  });
}

import type { ParsedInput } from '../../../shared/api/index.ts';
import type { Complaint } from '../../../shared/api/registers.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { RegistersStore } from './registers-store.ts';
import { moveComplaint } from './move-complaint.ts';

/** 转办: the complaint goes to whoever will handle it (within the hour). */
export function forwardComplaint(store: RegistersStore, input: ParsedInput<'registers.forwardComplaint'>, env: HandlerEnv): Complaint {
  return moveComplaint(store, env, input.id, {
    from: ['open'],
    to: 'forwarded',
    fields: { forwarded_at: env.now.toISOString(), forwarded_by: env.caller.operator?.id ?? null, forwarded_to: input.to },
    audit: 'registers.complaintForwarded',
  });
}

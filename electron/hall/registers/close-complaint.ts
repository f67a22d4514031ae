import type { ParsedInput } from '../../../shared/api/index.ts';
import type { Complaint } from '../../../shared/api/registers.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { RegistersStore } from './registers-store.ts';
import { moveComplaint } from './move-complaint.ts';

/** The manager closes a complaint (answered, or withdrawn/duplicate with a note). */
export function closeComplaint(store: RegistersStore, input: ParsedInput<'registers.closeComplaint'>, env: HandlerEnv): Complaint {
  return moveComplaint(store, env, input.id, {
    from: ['open', 'forwarded', 'answered'],
    to: 'closed',
    fields: { closed_at: env.now.toISOString(), closed_by: env.caller.operator?.id ?? null, close_note: input.note },
    audit: 'registers.complaintClosed',
  });
}

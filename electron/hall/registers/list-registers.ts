// The registers as the manager reads them: overdue first (the most overdue at the top), then by
// the next deadline.
import type { Output } from '../../../shared/api/index.ts';
import type { Callback, Complaint } from '../../../shared/api/registers.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { RegistersStore } from './registers-store.ts';
import { callbackView, complaintView, staffRefs } from './register-views.ts';

/** The deadline that matters now for a complaint: forwarding while open, answering after. */
function nextDeadline(c: Complaint): string {
  return c.state === 'open' && !c.answerOverdue ? c.forwardBy : c.answerBy;
}

const byOverdueThen = <T>(overdue: (x: T) => boolean, deadline: (x: T) => string) => (a: T, b: T) =>
  Number(overdue(b)) - Number(overdue(a)) || deadline(a).localeCompare(deadline(b));

export function listRegisters(store: RegistersStore, includeClosed: boolean, env: HandlerEnv): Output<'registers.list'> {
  const staff = staffRefs(env.db);
  const callbacks = store.callbacks(includeClosed).map((r) => callbackView(r, env.now, staff));
  const complaints = store.complaints(includeClosed).map((r) => complaintView(r, env.now, staff));
  return {
    now: env.now.toISOString(),
    callbacks: callbacks.sort(byOverdueThen<Callback>((c) => c.overdue, (c) => c.dueAt)),
    complaints: complaints.sort(byOverdueThen<Complaint>((c) => c.forwardOverdue || c.answerOverdue, nextDeadline)),
  };
}

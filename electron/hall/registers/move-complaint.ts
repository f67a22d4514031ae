// A complaint moves one way: open → forwarded → answered → closed (an open one may be answered
// at once, and the manager may close one at any point, with a note). Each step is audited.
import type { Complaint, ComplaintState } from '../../../shared/api/registers.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { ComplaintRow, RegistersStore } from './registers-store.ts';
import { complaintView, staffRefs } from './register-views.ts';
import { registersError } from './registers-errors.ts';

export function moveComplaint(
  store: RegistersStore,
  env: HandlerEnv,
  id: number,
  step: { from: readonly ComplaintState[]; to: ComplaintState; fields: Partial<ComplaintRow>; audit: string },
): Complaint {
  const row = store.complaint(id);
  if (!row) throw registersError('complaintNotFound', { id }, 'not_found');
  if (!step.from.includes(row.state)) throw registersError(`cannot.${step.to}`, { id, state: row.state });
  store.updateComplaint(id, { state: step.to, ...step.fields });
  env.audit({ action: step.audit, subject: `complaint ${id}`, details: { from: row.state } });
  env.emit('registers.changed', { kind: 'complaint', id });
  return complaintView(store.complaint(id)!, env.now, staffRefs(env.db));
}

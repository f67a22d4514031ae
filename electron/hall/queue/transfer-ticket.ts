// Sending the current customer to another business or window, keeping their place in line
// (placed_at is kept), with the reason audited.
import type { ParsedInput } from '../../../shared/api/index.ts';
import { readServices } from './queue-config.ts';
import { operatorOf, queueError, requireCurrent, type WindowContext } from './window-actions.ts';
import type { TicketRow } from './queue-store.ts';

export function transferTicket(ctx: WindowContext, input: ParsedInput<'queue.transfer'>): TicketRow {
  const current = requireCurrent(ctx);
  const { store, env } = ctx;
  if (input.toService === null && input.toWindow === null) throw queueError('badTransfer', {}, 'invalid_input');
  if (input.toService !== null && !readServices(env.db).some((s) => s.code === input.toService)) throw queueError('unknownService', { code: input.toService }, 'invalid_input');
  if (input.toWindow !== null && !store.windowExists(input.toWindow)) throw queueError('badTransfer', {}, 'invalid_input');
  store.update(current.id, { status: 'waiting', window_no: null, call_count: 0, service_code: input.toService ?? current.service_code, only_window: input.toWindow });
  store.event(current.id, env.now, 'transferred', ctx.windowNo, operatorOf(env), { toService: input.toService, toWindow: input.toWindow, reason: input.reason });
  store.updateWindow(ctx.windowNo, { current_ticket_id: null }, env.now);
  env.audit({ action: 'queue.transferred', subject: current.ticket_no, details: { toService: input.toService, toWindow: input.toWindow, reason: input.reason } });
  return store.byId(current.id)!;
}

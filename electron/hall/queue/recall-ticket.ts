// Calling the same customer again (a window may recall a limited number of times before the
// ticket is skipped as a no-show).
import { queueError, requireCurrent, operatorOf, type WindowContext } from './window-actions.ts';
import type { TicketRow } from './queue-store.ts';

export function recallTicket(ctx: WindowContext): TicketRow {
  const current = requireCurrent(ctx);
  if (current.call_count >= ctx.config.recallLimit) throw queueError('recallLimit', { limit: ctx.config.recallLimit });
  ctx.store.update(current.id, { call_count: current.call_count + 1 });
  ctx.store.event(current.id, ctx.env.now, 'recalled', ctx.windowNo, operatorOf(ctx.env));
  ctx.env.emit('queue.ticketCalled', { ticketNo: current.ticket_no, windowNo: ctx.windowNo, lane: current.lane, serviceCode: current.service_code, recall: true, courtesyLine: current.lane === 'priority' ? ctx.config.courtesyLine : null });
  return ctx.store.byId(current.id)!;
}

// Staff call a particular waiting ticket ahead of the policy (a customer sent back from
// another window, a colleague's referral): allowed with a reason, which is audited.
import type { ParsedInput } from '../../../shared/api/index.ts';
import { callTicket, finishCurrent, queueError, type WindowContext } from './window-actions.ts';
import type { TicketRow } from './queue-store.ts';

export function callOutOfOrder(ctx: WindowContext, input: ParsedInput<'queue.callTicket'>): TicketRow {
  if (ctx.state.status === 'paused') throw queueError('windowPaused');
  const ticket = ctx.store.byNo(ctx.date, input.ticketNo);
  if (!ticket || ticket.status !== 'waiting') throw queueError('notWaiting', { ticketNo: input.ticketNo });
  finishCurrent(ctx);
  const called = callTicket(ctx, ticket, 'calledOutOfOrder', { reason: input.reason });
  ctx.env.audit({ action: 'queue.calledOutOfOrder', subject: called.ticket_no, details: { reason: input.reason } });
  return called;
}

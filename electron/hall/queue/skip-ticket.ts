// The called customer did not come (过号): the ticket is set aside and may be reactivated for a while.
import { requireCurrent, operatorOf, type WindowContext } from './window-actions.ts';
import type { TicketRow } from './queue-store.ts';

export function skipTicket(ctx: WindowContext): TicketRow {
  const current = requireCurrent(ctx);
  ctx.store.update(current.id, { status: 'skipped', skipped_at: ctx.env.now.toISOString() });
  ctx.store.event(current.id, ctx.env.now, 'skipped', ctx.windowNo, operatorOf(ctx.env), { calls: current.call_count });
  ctx.store.updateWindow(ctx.windowNo, { current_ticket_id: null }, ctx.env.now);
  return ctx.store.byId(current.id)!;
}

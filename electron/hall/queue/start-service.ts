// The called customer arrived at the window: service time starts now (once).
import { requireCurrent, operatorOf, type WindowContext } from './window-actions.ts';
import type { TicketRow } from './queue-store.ts';

export function startService(ctx: WindowContext): TicketRow {
  const current = requireCurrent(ctx);
  if (current.status === 'called') {
    ctx.store.update(current.id, { status: 'serving', started_at: ctx.env.now.toISOString() });
    ctx.store.event(current.id, ctx.env.now, 'started', ctx.windowNo, operatorOf(ctx.env));
  }
  return ctx.store.byId(current.id)!;
}

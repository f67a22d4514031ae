// What a counter window does with the queue. All of it runs inside the dispatcher's IMMEDIATE
// transaction, so two windows pressing "next" at the same instant get two different tickets.
import type { HandlerEnv } from '../handlers.ts';
import { DomainError } from '../../../shared/errors.ts';
import { chooseNext } from '../../../shared/queue-policy.ts';
import type { QueueConfig } from '../../../shared/api/queue.api.ts';
import type { QueueStore, TicketRow, WindowState } from './queue-store.ts';
import { readServices } from './queue-config.ts';
import { localNow } from './board.ts';

export const queueError = (key: string, params: Record<string, string | number> = {}, code: 'invalid_input' | 'conflict' | 'not_found' = 'conflict') =>
  new DomainError(code, params, { key: `queue:errors.${key}` });

export function windowOf(env: HandlerEnv): number {
  if (env.caller.windowNo === null) throw queueError('noWindow', {}, 'invalid_input');
  return env.caller.windowNo;
}

export function ticketView(t: TicketRow) {
  return { id: t.id, ticketNo: t.ticket_no, serviceCode: t.service_code, lane: t.lane, status: t.status, issuedAt: t.issued_at, windowNo: t.window_no, callCount: t.call_count };
}

export interface WindowContext {
  store: QueueStore;
  config: QueueConfig;
  env: HandlerEnv;
  windowNo: number;
  state: WindowState;
  date: string;
}

export function windowContext(store: QueueStore, config: QueueConfig, env: HandlerEnv): WindowContext {
  const windowNo = windowOf(env);
  return { store, config, env, windowNo, state: store.window(windowNo, env.now), date: localNow(env.now, env.config.timeZone).date };
}

export const operatorOf = (env: HandlerEnv) => env.caller.operator?.id ?? null;

/** The ticket this window is serving; refused when there is none. */
export function requireCurrent(ctx: WindowContext): TicketRow {
  const current = currentTicket(ctx);
  if (!current) throw queueError('noCurrent');
  return current;
}

export function currentTicket(ctx: WindowContext): TicketRow | null {
  if (ctx.state.current_ticket_id === null) return null;
  const t = ctx.store.byId(ctx.state.current_ticket_id);
  return t && (t.status === 'called' || t.status === 'serving') ? t : null;
}

/** Ends the current ticket, if any, as served. */
export function finishCurrent(ctx: WindowContext): TicketRow | null {
  const current = currentTicket(ctx);
  if (!current) return null;
  const at = ctx.env.now.toISOString();
  ctx.store.update(current.id, { status: 'done', finished_at: at, started_at: current.started_at ?? at });
  ctx.store.event(current.id, ctx.env.now, 'finished', ctx.windowNo, operatorOf(ctx.env));
  ctx.store.updateWindow(ctx.windowNo, { current_ticket_id: null }, ctx.env.now);
  return ctx.store.byId(current.id)!;
}

/** Tickets this window may call now: its businesses' waiting tickets, and any sent to it alone. */
export function candidatesFor(ctx: WindowContext): TicketRow[] {
  const served = new Set(readServices(ctx.env.db).filter((s) => s.windows.includes(ctx.windowNo)).map((s) => s.code));
  return ctx.store.waiting(ctx.date).filter((t) => (t.only_window === null ? served.has(t.service_code) : t.only_window === ctx.windowNo));
}

export function callTicket(ctx: WindowContext, ticket: TicketRow, action: 'called' | 'calledOutOfOrder', details: Record<string, unknown> = {}): TicketRow {
  const at = ctx.env.now.toISOString();
  ctx.store.update(ticket.id, { status: 'called', window_no: ctx.windowNo, called_at: at, call_count: 1 });
  ctx.store.event(ticket.id, ctx.env.now, action, ctx.windowNo, operatorOf(ctx.env), details);
  const streak = ticket.lane === 'priority' ? ctx.state.priority_streak + 1 : 0;
  ctx.store.updateWindow(ctx.windowNo, { current_ticket_id: ticket.id, priority_streak: streak }, ctx.env.now);
  const called = ctx.store.byId(ticket.id)!;
  ctx.env.emit('queue.ticketCalled', { ticketNo: called.ticket_no, windowNo: ctx.windowNo, lane: called.lane, serviceCode: called.service_code, recall: false, courtesyLine: called.lane === 'priority' ? ctx.config.courtesyLine : null });
  return called;
}

export function callNext(ctx: WindowContext): TicketRow | null {
  if (ctx.state.status === 'paused') throw queueError('windowPaused');
  finishCurrent(ctx);
  const candidates = candidatesFor(ctx);
  const choice = chooseNext(
    candidates.map((t) => ({ id: t.id, lane: t.lane, placedAt: Date.parse(t.placed_at) })),
    ctx.env.now.getTime(),
    ctx.state.priority_streak,
    { maxWaitMs: ctx.config.maxWaitMinutes * 60_000, priorityStreak: ctx.config.priorityStreak },
  );
  if (!choice) return null;
  return callTicket(ctx, candidates.find((t) => t.id === choice.id)!, 'called', { rule: choice.rule });
}

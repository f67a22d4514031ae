// A skipped customer who comes back is put back in line, within the hall's time limit.
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { QueueConfig } from '../../../shared/api/queue.api.ts';
import type { QueueStore, TicketRow } from './queue-store.ts';
import { localNow } from './board.ts';
import { operatorOf, queueError } from './window-actions.ts';

export function reactivateTicket(store: QueueStore, config: QueueConfig, input: ParsedInput<'queue.reactivate'>, env: HandlerEnv): TicketRow {
  const { date } = localNow(env.now, env.config.timeZone);
  const ticket = store.byNo(date, input.ticketNo);
  if (!ticket || ticket.status !== 'skipped' || !ticket.skipped_at) throw queueError('notSkipped', { ticketNo: input.ticketNo });
  if (env.now.getTime() - Date.parse(ticket.skipped_at) > config.reactivateMinutes * 60_000) throw queueError('reactivateExpired', { ticketNo: input.ticketNo, minutes: config.reactivateMinutes });
  store.update(ticket.id, { status: 'waiting', window_no: null, call_count: 0 });
  store.event(ticket.id, env.now, 'reactivated', env.caller.windowNo, operatorOf(env));
  return store.byId(ticket.id)!;
}

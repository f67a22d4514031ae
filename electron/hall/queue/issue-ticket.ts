// Issuing a ticket: the next number of the day in its lane (A001 … per business, Y001 … for
// the priority lane), the people ahead, and the slip printed through the outbox.
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { QueueConfig } from '../../../shared/api/queue.api.ts';
import { printTargetForKiosk, printTargetForWindow } from '../print-request.ts';
import type { QueueStore } from './queue-store.ts';
import { readServices } from './queue-config.ts';
import { issuingState, localNow } from './board.ts';
import { queueError, ticketView } from './window-actions.ts';
import type { KioskRate } from './kiosk-rate.ts';

export function issueTicket(store: QueueStore, config: QueueConfig, input: ParsedInput<'queue.issueTicket'>, env: HandlerEnv, rate: KioskRate) {
  const { date, minutes } = localNow(env.now, env.config.timeZone);
  // Staff may still issue after the kiosk's cut-off (a customer already in the hall).
  if (env.caller.role === 'kiosk' && !issuingState(config, minutes).open) throw queueError('issuingClosed', { opensAt: config.opensAt, stopsAt: issuingState(config, minutes).stopsAt });
  rate(store, env);
  const service = readServices(env.db).find((s) => s.code === input.serviceCode);
  if (!service) throw queueError('unknownService', { code: input.serviceCode }, 'invalid_input');
  const letter = input.lane === 'priority' ? config.priorityPrefix : service.code;
  const number = store.countWithLetter(date, letter) + 1;
  if (number > 999) throw queueError('numbersExhausted', { letter });
  const ticketNo = `${letter}${String(number).padStart(3, '0')}`;
  const waiting = store.waiting(date).filter((t) => t.service_code === service.code);
  // Ahead of a priority ticket: the priority tickets before it; of a normal one: everyone of its business.
  const waitingAhead = input.lane === 'priority' ? waiting.filter((t) => t.lane === 'priority').length : waiting.length;
  const at = env.now.toISOString();
  const id = store.insert({ date, ticketNo, serviceCode: service.code, lane: input.lane, at, issuedBy: env.caller.terminalId, reason: input.priorityReason });
  store.event(id, env.now, 'issued', env.caller.windowNo, env.caller.operator?.id ?? null, input.priorityReason ? { reason: input.priorityReason } : {});
  const serviceName = service.names[env.caller.locale];
  const target = env.caller.role === 'kiosk' ? printTargetForKiosk(env.caller.terminalId) : env.caller.windowNo !== null ? printTargetForWindow(env.caller.windowNo) : 'office';
  const jobId = env.print({
    kind: 'ticket',
    target,
    payload: { ticketNo, serviceName: service.names['zh-CN'], lane: input.lane, waitingAhead, issuedAt: at, timeZone: env.config.timeZone, branchName: env.config.branchName, missedCallNotice: config.missedCallNotice },
  });
  if (env.caller.role !== 'kiosk') env.audit({ action: 'queue.ticketIssuedByStaff', subject: ticketNo, details: { lane: input.lane, reason: input.priorityReason } });
  return { ticket: ticketView(store.byId(id)!), waitingAhead, serviceName, slip: { jobId, target } };
}

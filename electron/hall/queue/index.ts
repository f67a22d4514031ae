// The queue module's door: the only file other hall modules import. The queue owns
// tickets, their events, window states, the businesses (queue_services), its settings and
// the branch's counter windows; it depends on no other domain (a ticket slip goes to the
// print outbox through HandlerEnv.print).
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { queueHandlers } from './queue.handlers.ts';
import type { IsStaffed } from './pause-window.ts';

/** `isStaffed` is auth's answer (who is signed in where), handed over by the hall: auth imports the queue, not the other way. */
export function queueModule(services: HallServices, isStaffed: IsStaffed): HallModule<'queue'> {
  return { handlers: queueHandlers(services, isStaffed) };
}

export { windowExists, windowPause, openCounterWindows } from './queue-store.ts';
export type { IsStaffed } from './pause-window.ts';
export { readQueueConfig, writeServices, type Service } from './queue-config.ts';
export { pauseForHandover, endHandover } from './handover.ts';
export { queueDay, type QueueDay } from './queue-day.ts';

// The queue's part of the contract, each method one use case; every change ends with the
// new board pushed to the displays (published after the commit).
import type { HallServices, HandlerEnv } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { queueStore } from './queue-store.ts';
import { readQueueConfig } from './queue-config.ts';
import { buildBoard } from './board.ts';
import { issueTicket } from './issue-ticket.ts';
import { kioskRate } from './kiosk-rate.ts';
import { callNext, finishCurrent, queueError, ticketView, windowContext } from './window-actions.ts';
import { recallTicket } from './recall-ticket.ts';
import { startService } from './start-service.ts';
import { skipTicket } from './skip-ticket.ts';
import { callOutOfOrder } from './call-out-of-order.ts';
import { reactivateTicket } from './reactivate-ticket.ts';
import { transferTicket } from './transfer-ticket.ts';
import { pauseWindow, resumeWindow, type IsStaffed } from './pause-window.ts';
import { configureQueue } from './configure-queue.ts';
import { queueStats } from './queue-stats.ts';

export function queueHandlers(services: HallServices, isStaffed: IsStaffed): HandlersOf<'queue'> {
  const { db } = services;
  const store = queueStore(db);
  const rate = kioskRate();
  const ctxFor = (env: HandlerEnv) => windowContext(store, readQueueConfig(db), env);
  /** Runs a change and pushes the new board. */
  const changing =
    <I, R>(change: (input: I, env: HandlerEnv) => R) =>
    (input: I, env: HandlerEnv): R => {
      const result = change(input, env);
      env.emit('queue.boardChanged', buildBoard(db, env.config, env.now));
      return result;
    };
  return {
    'queue.board': (_input, env) => buildBoard(db, env.config, env.now),
    'queue.issueTicket': changing((input, env) => issueTicket(store, readQueueConfig(db), input, env, rate)),
    'queue.callNext': changing((_input, env) => {
      const called = callNext(ctxFor(env));
      return { ticket: called ? ticketView(called) : null };
    }),
    'queue.recall': changing((_input, env) => ({ ticket: ticketView(recallTicket(ctxFor(env))) })),
    'queue.start': changing((_input, env) => ({ ticket: ticketView(startService(ctxFor(env))) })),
    'queue.finish': changing((_input, env) => {
      const done = finishCurrent(ctxFor(env));
      if (!done) throw queueError('noCurrent');
      return { ticket: ticketView(done) };
    }),
    'queue.skip': changing((_input, env) => ({ ticket: ticketView(skipTicket(ctxFor(env))) })),
    'queue.callTicket': changing((input, env) => ({ ticket: ticketView(callOutOfOrder(ctxFor(env), input)) })),
    'queue.reactivate': changing((input, env) => ({ ticket: ticketView(reactivateTicket(store, readQueueConfig(db), input, env)) })),
    'queue.transfer': changing((input, env) => ({ ticket: ticketView(transferTicket(ctxFor(env), input)) })),
    'queue.pause': changing((input, env) => {
      pauseWindow(ctxFor(env), input, isStaffed);
      return { ok: true as const };
    }),
    'queue.resume': changing((_input, env) => {
      resumeWindow(ctxFor(env));
      return { ok: true as const };
    }),
    'queue.stats': (input, env) => queueStats(db, input.date, readQueueConfig(db).maxWaitMinutes, env.config.timeZone),
    'queue.configure': changing((input, env) => {
      configureQueue(input, env);
      return { ok: true as const };
    }),
  };
}

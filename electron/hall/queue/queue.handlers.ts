import type { Handlers, HallServices, HandlerEnv } from '../handlers.ts';
import { queueStore } from './queue-store.ts';
import { readQueueConfig, readServices, writeQueueConfig, writeServices } from './queue-config.ts';
import { buildBoard, localNow } from './board.ts';
import { issueTicket } from './issue-ticket.ts';
import { callNext, callTicket, currentTicket, finishCurrent, queueError, ticketView, windowContext } from './window-actions.ts';
import { queueStats } from './queue-stats.ts';

type QueueHandlers = Pick<
  Handlers,
  | 'queue.board'
  | 'queue.issueTicket'
  | 'queue.callNext'
  | 'queue.recall'
  | 'queue.start'
  | 'queue.finish'
  | 'queue.skip'
  | 'queue.callTicket'
  | 'queue.reactivate'
  | 'queue.transfer'
  | 'queue.pause'
  | 'queue.resume'
  | 'queue.stats'
  | 'queue.configure'
>;

export function queueHandlers(services: HallServices): QueueHandlers {
  const { db } = services;
  const store = queueStore(db);
  const opId = (env: HandlerEnv) => env.caller.operator?.id ?? null;
  /** Every change ends with the new board pushed to the displays (published after commit). */
  const changed = (env: HandlerEnv) => env.emit('queue.boardChanged', buildBoard(db, env.config, env.now));
  const ctxFor = (env: HandlerEnv) => windowContext(store, readQueueConfig(db), env);
  const requireCurrent = (env: HandlerEnv) => {
    const ctx = ctxFor(env);
    const current = currentTicket(ctx);
    if (!current) throw queueError('noCurrent');
    return { ctx, current };
  };
  return {
    'queue.board': (_input, env) => buildBoard(db, env.config, env.now),
    'queue.issueTicket': (input, env) => {
      const result = issueTicket(store, readQueueConfig(db), input, env);
      changed(env);
      return result;
    },
    'queue.callNext': (_input, env) => {
      const called = callNext(ctxFor(env));
      changed(env);
      return { ticket: called ? ticketView(called) : null };
    },
    'queue.recall': (_input, env) => {
      const { ctx, current } = requireCurrent(env);
      if (current.call_count >= ctx.config.recallLimit) throw queueError('recallLimit', { limit: ctx.config.recallLimit });
      store.update(current.id, { call_count: current.call_count + 1 });
      store.event(current.id, env.now, 'recalled', ctx.windowNo, opId(env));
      env.emit('queue.ticketCalled', { ticketNo: current.ticket_no, windowNo: ctx.windowNo, lane: current.lane, serviceCode: current.service_code, recall: true, courtesyLine: current.lane === 'priority' ? ctx.config.courtesyLine : null });
      changed(env);
      return { ticket: ticketView(store.byId(current.id)!) };
    },
    'queue.start': (_input, env) => {
      const { ctx, current } = requireCurrent(env);
      if (current.status === 'called') {
        store.update(current.id, { status: 'serving', started_at: env.now.toISOString() });
        store.event(current.id, env.now, 'started', ctx.windowNo, opId(env));
      }
      changed(env);
      return { ticket: ticketView(store.byId(current.id)!) };
    },
    'queue.finish': (_input, env) => {
      const ctx = ctxFor(env);
      const done = finishCurrent(ctx);
      if (!done) throw queueError('noCurrent');
      changed(env);
      return { ticket: ticketView(done) };
    },
    'queue.skip': (_input, env) => {
      const { ctx, current } = requireCurrent(env);
      store.update(current.id, { status: 'skipped', skipped_at: env.now.toISOString() });
      store.event(current.id, env.now, 'skipped', ctx.windowNo, opId(env), { calls: current.call_count });
      store.updateWindow(ctx.windowNo, { current_ticket_id: null }, env.now);
      changed(env);
      return { ticket: ticketView(store.byId(current.id)!) };
    },
    'queue.callTicket': (input, env) => {
      const ctx = ctxFor(env);
      if (ctx.state.status === 'paused') throw queueError('windowPaused');
      const ticket = store.byNo(ctx.date, input.ticketNo);
      if (!ticket || ticket.status !== 'waiting') throw queueError('notWaiting', { ticketNo: input.ticketNo });
      finishCurrent(ctx);
      const called = callTicket(ctx, ticket, 'calledOutOfOrder', { reason: input.reason });
      env.audit({ action: 'queue.calledOutOfOrder', subject: called.ticket_no, details: { reason: input.reason } });
      changed(env);
      return { ticket: ticketView(called) };
    },
    'queue.reactivate': (input, env) => {
      const { date } = localNow(env.now, env.config.timeZone);
      const config = readQueueConfig(db);
      const ticket = store.byNo(date, input.ticketNo);
      if (!ticket || ticket.status !== 'skipped' || !ticket.skipped_at) throw queueError('notSkipped', { ticketNo: input.ticketNo });
      if (env.now.getTime() - Date.parse(ticket.skipped_at) > config.reactivateMinutes * 60_000) throw queueError('reactivateExpired', { ticketNo: input.ticketNo, minutes: config.reactivateMinutes });
      store.update(ticket.id, { status: 'waiting', window_no: null, call_count: 0 });
      store.event(ticket.id, env.now, 'reactivated', env.caller.windowNo, opId(env));
      changed(env);
      return { ticket: ticketView(store.byId(ticket.id)!) };
    },
    'queue.transfer': (input, env) => {
      const { ctx, current } = requireCurrent(env);
      if (input.toService === null && input.toWindow === null) throw queueError('badTransfer', {}, 'invalid_input');
      if (input.toService !== null && !readServices(db).some((s) => s.code === input.toService)) throw queueError('unknownService', { code: input.toService }, 'invalid_input');
      if (input.toWindow !== null && !db.prepare('SELECT 1 FROM counter_windows WHERE window_no = ? AND active = 1').get(input.toWindow)) throw queueError('badTransfer', {}, 'invalid_input');
      // Back to waiting with its original place (placed_at is kept), for another business or window.
      store.update(current.id, { status: 'waiting', window_no: null, call_count: 0, service_code: input.toService ?? current.service_code, only_window: input.toWindow });
      store.event(current.id, env.now, 'transferred', ctx.windowNo, opId(env), { toService: input.toService, toWindow: input.toWindow, reason: input.reason });
      store.updateWindow(ctx.windowNo, { current_ticket_id: null }, env.now);
      env.audit({ action: 'queue.transferred', subject: current.ticket_no, details: { toService: input.toService, toWindow: input.toWindow, reason: input.reason } });
      changed(env);
      return { ticket: ticketView(store.byId(current.id)!) };
    },
    'queue.pause': (input, env) => {
      const ctx = ctxFor(env);
      const back = input.expectedBackMinutes === null ? null : new Date(env.now.getTime() + input.expectedBackMinutes * 60_000).toISOString();
      store.updateWindow(ctx.windowNo, { status: 'paused', pause_reason: input.reason, pause_note: input.note, redirect_window: input.redirectWindow, expected_back: back }, env.now);
      env.audit({ action: 'queue.paused', subject: `window ${ctx.windowNo}`, details: { ...input } });
      changed(env);
      return { ok: true };
    },
    'queue.resume': (_input, env) => {
      const ctx = ctxFor(env);
      store.updateWindow(ctx.windowNo, { status: 'open', pause_reason: null, pause_note: null, redirect_window: null, expected_back: null }, env.now);
      env.audit({ action: 'queue.resumed', subject: `window ${ctx.windowNo}` });
      changed(env);
      return { ok: true };
    },
    'queue.stats': (input) => queueStats(db, input.date, readQueueConfig(db).maxWaitMinutes),
    'queue.configure': (input, env) => {
      writeQueueConfig(db, input.config, env.now, opId(env));
      writeServices(db, input.services);
      env.audit({ action: 'queue.configured', details: { config: input.config, services: input.services.map((s) => ({ code: s.code, windows: s.windows })) } });
      changed(env);
      return { ok: true };
    },
  };
}

// 交接班: between a shift's close and the next cashier's opening, the window is paused with
// the handover reason (the hall display says so); the next opening resumes it. Asked by
// the shifts module inside its own command, so the board changes with the shift.
import type { HandlerEnv } from '../handlers.ts';
import { queueStore } from './queue-store.ts';
import { buildBoard } from './board.ts';

export function pauseForHandover(env: HandlerEnv, windowNo: number): void {
  const store = queueStore(env.db);
  store.window(windowNo, env.now);
  store.updateWindow(windowNo, { status: 'paused', pause_reason: 'handover', pause_note: null, redirect_window: null, expected_back: null }, env.now);
  env.audit({ action: 'queue.paused', subject: `window ${windowNo}`, details: { reason: 'handover' } });
  env.emit('queue.boardChanged', buildBoard(env.db, env.config, env.now));
}

/** Resumes a window only if it waits for the handover (a pause for another reason stays). */
export function endHandover(env: HandlerEnv, windowNo: number): void {
  const store = queueStore(env.db);
  const state = store.window(windowNo, env.now);
  if (state.status !== 'paused' || state.pause_reason !== 'handover') return;
  store.updateWindow(windowNo, { status: 'open', pause_reason: null, pause_note: null, redirect_window: null, expected_back: null }, env.now);
  env.audit({ action: 'queue.resumed', subject: `window ${windowNo}`, details: { reason: 'handover' } });
  env.emit('queue.boardChanged', buildBoard(env.db, env.config, env.now));
}

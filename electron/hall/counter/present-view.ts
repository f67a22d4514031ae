// The cashier presents what their customer should see; it is their session's window that
// shows it, whatever the request says (a cashier cannot present for another window).
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { CounterStore } from './counter-store.ts';
import { counterError } from './counter-errors.ts';

export function presentView(store: CounterStore, input: ParsedInput<'counter.present'>, env: HandlerEnv): { ok: true } {
  const windowNo = env.caller.windowNo;
  if (windowNo === null) throw counterError('noWindow', {}, 'invalid_input');
  store.present(windowNo, input.view, env.caller.operator?.id ?? null, env.now);
  env.emit('counter.viewChanged', { windowNo, view: input.view });
  return { ok: true };
}

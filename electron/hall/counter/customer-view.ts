// What a window's customer display shows after a (re)load: the stored view, who serves at the
// window and whether it is paused, as the auth and queue modules report them.
import type { Output } from '../../../shared/api/index.ts';
import { PAUSE_REASONS } from '../../../shared/api/queue.api.ts';
import type { HallServices, HandlerEnv } from '../handlers.ts';
import { operatorAtWindow } from '../auth/index.ts';
import { windowPause } from '../queue/index.ts';
import type { CounterStore } from './counter-store.ts';
import { counterError } from './counter-errors.ts';

type PauseReason = (typeof PAUSE_REASONS)[number];
const asReason = (reason: string): PauseReason => ((PAUSE_REASONS as readonly string[]).includes(reason) ? (reason as PauseReason) : 'other');

export function customerView(services: HallServices, store: CounterStore, windowNo: number, env: HandlerEnv): Output<'counter.customerView'> {
  // a customer display sees its own window's customer only
  if (env.caller.role === 'customerDisplay' && env.caller.windowNo !== windowNo) throw counterError('otherWindow', { windowNo }, 'forbidden');
  const presented = store.view(windowNo);
  const view = presented?.view ?? { phase: 'idle' as const };
  const operator = operatorAtWindow(services, windowNo, env.now);
  const pause = windowPause(services.db, windowNo);
  return {
    windowNo,
    view,
    rated: view.phase === 'paid' && store.isRated(view.receiptNo),
    cashier: operator ? { name: operator.name, code: operator.code } : null,
    pause: pause ? { ...pause, reason: asReason(pause.reason) } : null,
    ratingPoints: store.ratingConfig().points,
  };
}

// The promised call was made: what came of it closes the callback.
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { Callback } from '../../../shared/api/registers.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { RegistersStore } from './registers-store.ts';
import { callbackView, staffRefs } from './register-views.ts';
import { registersError } from './registers-errors.ts';

export function completeCallback(store: RegistersStore, input: ParsedInput<'registers.completeCallback'>, env: HandlerEnv): Callback {
  const row = store.callback(input.id);
  if (!row) throw registersError('callbackNotFound', { id: input.id }, 'not_found');
  if (row.state !== 'open') throw registersError('callbackDone', { id: input.id });
  store.updateCallback(input.id, { state: 'done', done_at: env.now.toISOString(), done_by: env.caller.operator?.id ?? null, outcome: input.outcome });
  env.audit({ action: 'registers.callbackDone', subject: `callback ${input.id}` });
  env.emit('registers.changed', { kind: 'callback', id: input.id });
  return callbackView(store.callback(input.id)!, env.now, staffRefs(env.db));
}

// 预约回访: when a business cannot be done now (a long system failure, a document missing), the
// counter takes the customer's phone and promises a call back by a time.
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { Callback } from '../../../shared/api/registers.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { RegistersStore } from './registers-store.ts';
import { callbackView, staffRefs } from './register-views.ts';
import { registersError } from './registers-errors.ts';

export function recordCallback(store: RegistersStore, input: ParsedInput<'registers.recordCallback'>, env: HandlerEnv): Callback {
  const dueAt = new Date(input.dueAt);
  if (dueAt.getTime() <= env.now.getTime()) throw registersError('dueInPast', {}, 'invalid_input');
  const id = store.addCallback({
    phone: input.phone,
    matter: input.matter,
    account_no: input.accountNo,
    due_at: dueAt.toISOString(),
    recorded_at: env.now.toISOString(),
    recorded_by: env.caller.operator?.id ?? null,
    window_no: env.caller.windowNo,
    terminal_id: env.caller.terminalId,
  });
  env.audit({ action: 'registers.callbackRecorded', subject: `callback ${id}`, details: { dueAt: dueAt.toISOString(), accountNo: input.accountNo } });
  env.emit('registers.changed', { kind: 'callback', id });
  return callbackView(store.callback(id)!, env.now, staffRefs(env.db));
}

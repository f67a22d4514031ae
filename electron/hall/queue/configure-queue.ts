// A manager sets the queue's rules and businesses; both are replaced as a whole and audited.
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import { writeQueueConfig, writeServices } from './queue-config.ts';
import { operatorOf } from './window-actions.ts';

export function configureQueue(input: ParsedInput<'queue.configure'>, env: HandlerEnv): void {
  writeQueueConfig(env.db, input.config, env.now, operatorOf(env));
  writeServices(env.db, input.services);
  env.audit({ action: 'queue.configured', details: { config: input.config, services: input.services.map((s) => ({ code: s.code, windows: s.windows })) } });
}

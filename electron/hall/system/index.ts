// The system module's door: health and ping. It owns no table and calls no other domain.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { systemHandlers } from './system.handlers.ts';

export function systemModule(services: HallServices): HallModule<'system'> {
  return { handlers: systemHandlers(services) };
}

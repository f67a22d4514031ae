// The registers module's door: callbacks (预约回访) and complaints (首问负责制) with their
// deadlines. It asks auth for the names of the staff who recorded and moved them.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { registersHandlers } from './registers.handlers.ts';

export function registersModule(services: HallServices): HallModule<'registers'> {
  return { handlers: registersHandlers(services) };
}

// The counter module's door: what the customer across the counter sees (the presented view per
// window) and their ratings. It asks auth who is signed in at a window and the queue whether the
// window is paused; the day close reads the day's ratings through ratingStatsFor.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { counterHandlers } from './counter.handlers.ts';

export function counterModule(services: HallServices): HallModule<'counter'> {
  return { handlers: counterHandlers(services) };
}

export { ratingStatsFor } from './rating-stats.ts';

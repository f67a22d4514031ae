// The counter's part of the contract: one line per method, each a use case.
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { counterStore } from './counter-store.ts';
import { presentView } from './present-view.ts';
import { customerView } from './customer-view.ts';
import { rateService } from './rate-service.ts';
import { ratingStatsFor } from './rating-stats.ts';
import { configureRating } from './configure-rating.ts';

export function counterHandlers(services: HallServices): HandlersOf<'counter'> {
  const store = counterStore(services.db);
  return {
    'counter.present': (input, env) => presentView(store, input, env),
    'counter.customerView': (input, env) => customerView(services, store, input.windowNo, env),
    'counter.rate': (input, env) => rateService(store, input, env),
    'counter.ratingStats': (input) => ratingStatsFor(services.db, input.date),
    'counter.ratingConfig': () => store.ratingConfig(),
    'counter.configureRating': (input, env) => configureRating(store, input, env),
  };
}

// The hall chooses what a customer rates: one overall rating or several points (a setting).
import type { RatingConfig } from '../../../shared/api/counter.api.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { CounterStore } from './counter-store.ts';

export function configureRating(store: CounterStore, config: RatingConfig, env: HandlerEnv): RatingConfig {
  const before = store.ratingConfig();
  store.writeRatingConfig(config, env.now, env.caller.operator?.id ?? null);
  env.audit({ action: 'counter.ratingConfigured', details: { before: before.points, after: config.points } });
  return config;
}

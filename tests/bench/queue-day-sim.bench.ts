// queue_day_sim: seconds to run a simulated 1,500-ticket day (30 % priority, 8 windows with
// pauses) through the real hall commands.
import type { Figure } from './figure.ts';
import { round } from './figure.ts';
import { simulateDay } from '../support/queue-sim.ts';

export default async function (): Promise<Figure[]> {
  const started = performance.now();
  const sim = await simulateDay({ tickets: 1_500, priorityShare: 0.3, windows: 8, seed: 7, maxWaitMinutes: 20, priorityStreak: 2 });
  const seconds = (performance.now() - started) / 1000;
  sim.t.close();
  return [{ name: 'queue_day_sim', value: round(seconds, 2), unit: 's' }];
}

// queue_day_sim: seconds to run a simulated 1,500-ticket day (30 % priority, 8 windows with
// pauses) through the real hall commands. Floor: as many bare dispatcher commands (system.ping,
// one audit row each, same in-memory hall) as the day recorded queue events.
import type { Figure } from './figure.ts';
import { beside } from './figure.ts';
import { simulateDay } from '../support/queue-sim.ts';

export default async function (): Promise<Figure[]> {
  const started = performance.now();
  const sim = await simulateDay({ tickets: 1_500, priorityShare: 0.3, windows: 8, seed: 7, maxWaitMinutes: 20, priorityStreak: 2 });
  const seconds = (performance.now() - started) / 1000;
  const events = sim.t.hall.db.prepare('SELECT COUNT(*) FROM ticket_events').pluck().get() as number;
  const token = await sim.t.login('1001', '1234', 1);
  const floorStarted = performance.now();
  for (let i = 0; i < events; i++) {
    const res = await sim.t.hall.dispatcher.call({ token }, 'system.ping', {});
    if (!res.ok) throw new Error(res.error.message);
  }
  const floor = (performance.now() - floorStarted) / 1000;
  sim.t.close();
  return beside('queue_day_sim', 's', seconds, floor, 2);
}

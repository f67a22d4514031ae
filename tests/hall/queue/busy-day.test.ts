// A simulated busy day (1,500 tickets, 30 % priority, 8 windows with pauses) through the real
// commands. Checks the queue's promises from the recorded history, not from the policy code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateDay, type SimResult } from '../../support/queue-sim.ts';

const BOUND_MINUTES = 20;

describe('a busy day', () => {
  let sim: SimResult;
  beforeAll(async () => {
    sim = await simulateDay({ tickets: 1_500, priorityShare: 0.3, windows: 8, seed: 42, maxWaitMinutes: BOUND_MINUTES, priorityStreak: 2 });
  }, 240_000);
  afterAll(() => sim.t.close());
  const db = () => sim.t.hall.db;

  it('issued every ticket, with pauses during the day', () => {
    expect(db().prepare('SELECT COUNT(*) FROM tickets').pluck().get()).toBe(1_500);
    expect(db().prepare("SELECT COUNT(*) FROM tickets WHERE lane = 'priority'").pluck().get()).toBeGreaterThan(400);
    expect(sim.pauses).toBeGreaterThan(3);
  });

  it('called no ticket twice', () => {
    const twice = db().prepare("SELECT ticket_id, COUNT(*) AS n FROM ticket_events WHERE action IN ('called', 'calledOutOfOrder') GROUP BY ticket_id HAVING n > 1").all();
    expect(twice).toEqual([]);
  });

  it('called or skipped every issued ticket by close', () => {
    const left = db().prepare("SELECT ticket_no, status FROM tickets WHERE status NOT IN ('done', 'skipped')").all();
    expect(left).toEqual([]);
    expect(db().prepare("SELECT COUNT(*) FROM tickets WHERE called_at IS NULL").pluck().get()).toBe(0);
  });

  it('never called a paused window', () => {
    const calledWhilePaused = db()
      .prepare(
        `SELECT e.id FROM ticket_events e WHERE e.action = 'called' AND EXISTS (
           SELECT 1 FROM audit_log p WHERE p.action = 'queue.paused' AND p.window_no = e.window_no AND p.at <= e.at
             AND NOT EXISTS (SELECT 1 FROM audit_log r WHERE r.action = 'queue.resumed' AND r.window_no = e.window_no AND r.at > p.at AND r.at <= e.at))`,
      )
      .all();
    expect(calledWhilePaused).toEqual([]);
  });

  it('never called a priority ticket before an older normal ticket that window serves once that one had waited past the bound', () => {
    const services = db().prepare('SELECT code, windows FROM queue_services').all() as Array<{ code: string; windows: string }>;
    const serves = new Map(services.map((s) => [s.code, new Set(JSON.parse(s.windows) as number[])]));
    const calls = db().prepare("SELECT e.at, e.window_no, t.lane, t.placed_at FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.action = 'called' ORDER BY e.id").all() as Array<{ at: string; window_no: number; lane: string; placed_at: string }>;
    const tickets = db().prepare('SELECT id, lane, service_code, placed_at, called_at FROM tickets').all() as Array<{ id: number; lane: string; service_code: string; placed_at: string; called_at: string }>;
    const bound = BOUND_MINUTES * 60_000;
    let priorityCalls = 0;
    const violations: string[] = [];
    for (const call of calls.filter((c) => c.lane === 'priority')) {
      priorityCalls++;
      const at = Date.parse(call.at);
      const overdue = tickets.filter(
        (x) => x.lane === 'normal' && serves.get(x.service_code)!.has(call.window_no) && Date.parse(x.placed_at) <= at - bound && Date.parse(x.called_at) > at && x.placed_at < call.placed_at,
      );
      if (overdue.length) violations.push(`${call.at} window ${call.window_no}: ${overdue.length} normal tickets over the bound`);
    }
    expect(priorityCalls).toBeGreaterThan(400);
    expect(violations).toEqual([]);
  });

  it('gave priority customers shorter waits than the others, and keeps statistics per window and business', async () => {
    const wait = (lane: string) => db().prepare("SELECT AVG((julianday(called_at) - julianday(issued_at)) * 86400) FROM tickets WHERE lane = ?").pluck().get(lane) as number;
    expect(wait('priority')).toBeLessThan(wait('normal'));
    const manager = await sim.t.login('9001', '9999', null);
    const stats = await sim.t.call('queue.stats', { date: sim.date }, manager);
    expect(stats.byWindow).toHaveLength(8);
    expect(stats.byService.map((s) => s.serviceCode)).toEqual(['A', 'B', 'C']);
    const issued = stats.byService.reduce((n, s) => n + s.issued, 0);
    const served = stats.byService.reduce((n, s) => n + s.served + s.noShows, 0);
    expect(issued).toBe(1_500);
    expect(served).toBe(1_500);
    for (const w of stats.byWindow) expect(w.avgServiceSec).toBeGreaterThan(60);
  });
});

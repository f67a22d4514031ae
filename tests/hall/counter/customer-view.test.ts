// The counter → customer display contract: a cashier presents, their window's display shows it
// (live and after a reload), the customer rates once per receipt, the day's statistics count it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import { embeddedHallPort } from '../../../electron/main/hall-port.ts';
import { ratingStatsFor } from '../../../electron/hall/counter/index.ts';
import type { CustomerView } from '../../../shared/api/counter.api.ts';
import type { BridgeEvent } from '../../../shared/bridge.ts';
import { API_VERSION } from '../../../shared/api/version.ts';

let t: TestHall;
let host: HallHost | null = null;
let w1: string;
let w3: string;
let display1: string;
let display3: string;
beforeEach(async () => {
  t = testHall({ start: '2026-11-23T02:00:00.000Z' }); // 10:00 in the hall
  w1 = await t.login('1001', '1234', 1);
  w3 = await t.login('1002', '1234', 3);
  display1 = (await t.call('session.openDevice', { role: 'customerDisplay', terminalId: 'cd-1', windowNo: 1 })).token;
  display3 = (await t.call('session.openDevice', { role: 'customerDisplay', terminalId: 'cd-3', windowNo: 3 })).token;
});
afterEach(async () => {
  await host?.close();
  host = null;
  t.close();
});

const service: CustomerView = {
  phase: 'service',
  ticketNo: 'A001',
  waitedLong: true,
  priority: false,
  account: { accountNo: '10000001', name: '张三', address: '幸福小区 1-2-301' },
  items: [{ label: '2026-2027 采暖费', amountFen: 198_000 }],
  totalFen: 198_000,
  receivedFen: 200_000,
  changeFen: 2_000,
};
const paid = (receiptNo = 'W01-00000001', ticketId: number | null = 7): CustomerView => ({ phase: 'paid', receiptNo, ticketId, totalFen: 198_000, receivedFen: 200_000, changeFen: 2_000 });
const errorOf = async (p: Promise<unknown>) => ((await p) as { error?: { code: string; key?: string } }).error;

describe('counter.present and counter.customerView', () => {
  it('stores the view per window: a reloaded display gets it back, with the cashier and no pause', async () => {
    expect((await t.call('counter.customerView', { windowNo: 1 }, display1)).view).toEqual({ phase: 'idle' });
    await t.call('counter.present', { view: service }, w1);
    const seen = await t.call('counter.customerView', { windowNo: 1 }, display1);
    expect(seen).toMatchObject({ windowNo: 1, view: service, rated: false, cashier: { name: '王晓梅', code: '1001' }, pause: null, ratingPoints: ['overall'] });
    // window 3 is untouched
    expect((await t.call('counter.customerView', { windowNo: 3 }, display3)).view).toEqual({ phase: 'idle' });
  });

  it('presents for the caller’s own window only, and refuses a session without one', async () => {
    await t.call('counter.present', { view: service }, w3);
    expect((await t.call('counter.customerView', { windowNo: 1 }, display1)).view).toEqual({ phase: 'idle' });
    expect((await t.call('counter.customerView', { windowNo: 3 }, display3)).view).toEqual(service);
    const manager = await t.login('9001', '9999', null);
    expect(await errorOf(t.raw('counter.present', { view: service }, manager))).toMatchObject({ code: 'invalid_input', key: 'customer:errors.noWindow' });
    // nor can the body name another window
    expect(await errorOf(t.raw('counter.present', { view: service, windowNo: 1 }, w3))).toMatchObject({ code: 'invalid_input' });
  });

  it('lets a customer display read its own window only, and only staff present', async () => {
    expect(await errorOf(t.raw('counter.customerView', { windowNo: 3 }, display1))).toMatchObject({ code: 'forbidden', key: 'customer:errors.otherWindow' });
    expect(await errorOf(t.raw('counter.present', { view: service }, display1))).toMatchObject({ code: 'forbidden' });
    const kiosk = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'main', windowNo: null })).token;
    expect(await errorOf(t.raw('counter.customerView', { windowNo: 1 }, kiosk))).toMatchObject({ code: 'forbidden' });
  });

  it('shows the window’s pause as the queue reports it, and no cashier after sign-out', async () => {
    await t.call('queue.pause', { reason: 'settlement', note: null, redirectWindow: 3, expectedBackMinutes: 15 }, w1);
    const paused = await t.call('counter.customerView', { windowNo: 1 }, display1);
    expect(paused.pause).toEqual({ reason: 'settlement', note: null, redirectWindow: 3, expectedBack: '2026-11-23T02:15:00.000Z' });
    await t.call('session.logout', {}, w1);
    expect((await t.call('counter.customerView', { windowNo: 1 }, display1)).cashier).toBeNull();
  });

  it('refuses a view that breaks the contract (negative change, too many items)', async () => {
    expect(await errorOf(t.raw('counter.present', { view: { ...service, changeFen: -1 } }, w1))).toMatchObject({ code: 'invalid_input' });
    const items = Array.from({ length: 61 }, (_, i) => ({ label: `item ${i}`, amountFen: 1 }));
    expect(await errorOf(t.raw('counter.present', { view: { ...service, items } }, w1))).toMatchObject({ code: 'invalid_input' });
  });
});

describe('counter.viewChanged reaches that window’s customer display only', () => {
  it('in process (the shell’s embedded port)', async () => {
    const port = embeddedHallPort(t.hall, { url: 'http://x', close: async () => undefined } as never);
    const got: Record<string, BridgeEvent[]> = { d1: [], d3: [], w3: [] };
    const stops = [port.subscribe(display1, (e) => got.d1!.push(e)), port.subscribe(display3, (e) => got.d3!.push(e)), port.subscribe(w3, (e) => got.w3!.push(e))];
    await t.call('counter.present', { view: service }, w1);
    const views = (k: string) => got[k]!.filter((e) => e.name === 'counter.viewChanged').map((e) => (e.payload as { windowNo: number }).windowNo);
    expect(views('d1')).toEqual([1]);
    expect(views('d3')).toEqual([]);
    expect(views('w3')).toEqual([]); // another window's cashier does not get it either
    for (const stop of stops) stop();
  });

  it('over WebSocket', async () => {
    t.hall.config.port = 0;
    host = await startHost(t.hall);
    const received: Record<string, number[]> = { d1: [], d3: [] };
    const waiting: Array<{ who: string; n: number; resolve: () => void }> = [];
    const settle = () => {
      for (const w of waiting.splice(0)) {
        if (received[w.who]!.length >= w.n) w.resolve();
        else waiting.push(w);
      }
    };
    const until = (who: string, n: number) => new Promise<void>((resolve) => { waiting.push({ who, n, resolve }); settle(); });
    const open = (who: 'd1' | 'd3', token: string) =>
      new Promise<WebSocket>((resolve) => {
        const ws = new WebSocket(`${host!.url.replace('http', 'ws')}/events`);
        ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, apiVersion: API_VERSION })));
        ws.on('message', (data) => {
          const frame = JSON.parse(String(data)) as { type: string; name?: string; payload?: { windowNo: number } };
          if (frame.type === 'welcome') resolve(ws);
          if (frame.type === 'event' && frame.name === 'counter.viewChanged') {
            received[who]!.push(frame.payload!.windowNo);
            settle();
          }
        });
      });
    const sockets = [await open('d1', display1), await open('d3', display3)];
    // each socket's frames arrive in the order they were published: window 3's, had it been
    // sent to display 1, would arrive before window 1's second one (and the other way round)
    await t.call('counter.present', { view: service }, w1);
    await t.call('counter.present', { view: service }, w3);
    await t.call('counter.present', { view: { phase: 'idle' } }, w1);
    await t.call('counter.present', { view: { phase: 'idle' } }, w3);
    await until('d1', 2);
    await until('d3', 2);
    expect(received.d1).toEqual([1, 1]);
    expect(received.d3).toEqual([3, 3]);
    for (const s of sockets) s.close();
  });
});

describe('counter.rate', () => {
  it('stores one rating per receipt against the ticket, the cashier and the receipt', async () => {
    await t.call('counter.present', { view: paid() }, w1);
    await t.call('counter.rate', { receiptNo: 'W01-00000001', scores: [{ point: 'overall', score: 'satisfied' }] }, display1);
    const row = t.hall.db.prepare('SELECT r.*, s.point, s.score FROM counter_ratings r JOIN counter_rating_scores s ON s.rating_id = r.id').get();
    expect(row).toMatchObject({ receipt_no: 'W01-00000001', ticket_id: 7, operator_id: expect.any(Number), window_no: 1, business_date: '2026-11-23', point: 'overall', score: 'satisfied', terminal_id: 'cd-1' });
    const cashierId = t.hall.db.prepare("SELECT id FROM operators WHERE code = '1001'").pluck().get();
    expect((row as { operator_id: number }).operator_id).toBe(cashierId);
    expect(await errorOf(t.raw('counter.rate', { receiptNo: 'W01-00000001', scores: [{ point: 'overall', score: 'unsatisfied' }] }, display1))).toMatchObject({ code: 'conflict', key: 'customer:errors.alreadyRated' });
    // a reloaded display does not ask again
    expect((await t.call('counter.customerView', { windowNo: 1 }, display1)).rated).toBe(true);
    expect(t.hall.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'counter.rated'").pluck().get()).toBe(1);
  });

  it('rates only the receipt its own window shows as paid, and only from a customer display', async () => {
    await t.call('counter.present', { view: service }, w1);
    expect(await errorOf(t.raw('counter.rate', { receiptNo: 'W01-00000001', scores: [{ point: 'overall', score: 'satisfied' }] }, display1))).toMatchObject({ code: 'not_found', key: 'customer:errors.notShown' });
    await t.call('counter.present', { view: paid() }, w1);
    expect(await errorOf(t.raw('counter.rate', { receiptNo: 'W01-00000001', scores: [{ point: 'overall', score: 'satisfied' }] }, display3))).toMatchObject({ key: 'customer:errors.notShown' });
    expect(await errorOf(t.raw('counter.rate', { receiptNo: 'W01-00000001', scores: [{ point: 'overall', score: 'satisfied' }] }, w1))).toMatchObject({ code: 'forbidden' });
    expect(t.hall.db.prepare('SELECT COUNT(*) FROM counter_ratings').pluck().get()).toBe(0);
  });

  it('asks the points the hall configures; the setting is validated and audited', async () => {
    const manager = await t.login('9001', '9999', null);
    expect(await errorOf(t.raw('counter.configureRating', { points: ['attitude', 'attitude'] }, manager))).toMatchObject({ code: 'invalid_input' });
    expect(await errorOf(t.raw('counter.configureRating', { points: ['overall', 'attitude'] }, manager))).toMatchObject({ code: 'invalid_input' });
    expect(await errorOf(t.raw('counter.configureRating', { points: [] }, manager))).toMatchObject({ code: 'invalid_input' });
    expect(await errorOf(t.raw('counter.configureRating', { points: ['attitude'] }, w1))).toMatchObject({ code: 'forbidden' });
    await t.call('counter.configureRating', { points: ['attitude', 'quality', 'efficiency', 'integrity'] }, manager);
    await t.call('counter.present', { view: paid() }, w1);
    expect((await t.call('counter.customerView', { windowNo: 1 }, display1)).ratingPoints).toEqual(['attitude', 'quality', 'efficiency', 'integrity']);
    expect(await errorOf(t.raw('counter.rate', { receiptNo: 'W01-00000001', scores: [{ point: 'overall', score: 'satisfied' }] }, display1))).toMatchObject({ key: 'customer:errors.pointsMismatch' });
    await t.call(
      'counter.rate',
      { receiptNo: 'W01-00000001', scores: [{ point: 'attitude', score: 'satisfied' }, { point: 'quality', score: 'fair' }, { point: 'efficiency', score: 'unsatisfied' }, { point: 'integrity', score: 'satisfied' }] },
      display1,
    );
    expect(t.hall.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'counter.ratingConfigured'").pluck().get()).toBe(1);
    const stats = await t.call('counter.ratingStats', { date: '2026-11-23' }, manager);
    expect(stats.byPoint).toEqual([
      { point: 'attitude', satisfied: 1, fair: 0, unsatisfied: 0 },
      { point: 'quality', satisfied: 0, fair: 1, unsatisfied: 0 },
      { point: 'efficiency', satisfied: 0, fair: 0, unsatisfied: 1 },
      { point: 'integrity', satisfied: 1, fair: 0, unsatisfied: 0 },
    ]);
  });
});

describe('counter.ratingStats', () => {
  it('counts a business day per window and cashier, in the hall’s zone; the day close reads the same', async () => {
    const manager = await t.login('9001', '9999', null);
    const rate = async (cashier: string, display: string, receiptNo: string, score: 'satisfied' | 'fair' | 'unsatisfied') => {
      await t.call('counter.present', { view: paid(receiptNo) }, cashier);
      await t.call('counter.rate', { receiptNo, scores: [{ point: 'overall', score }] }, display);
    };
    await rate(w1, display1, 'W01-00000001', 'satisfied');
    await rate(w1, display1, 'W01-00000002', 'unsatisfied');
    await rate(w3, display3, 'W03-00000001', 'satisfied');
    t.clock.set('2026-11-23T16:30:00.000Z'); // 00:30 on the 24th in the hall
    await rate(w3, display3, 'W03-00000002', 'fair');
    const day = await t.call('counter.ratingStats', { date: '2026-11-23' }, manager);
    expect(day.rated).toBe(3);
    expect(day.byPoint).toEqual([{ point: 'overall', satisfied: 2, fair: 0, unsatisfied: 1 }]);
    expect(day.byWindow).toEqual([
      { windowNo: 1, rated: 2, points: [{ point: 'overall', satisfied: 1, fair: 0, unsatisfied: 1 }] },
      { windowNo: 3, rated: 1, points: [{ point: 'overall', satisfied: 1, fair: 0, unsatisfied: 0 }] },
    ]);
    expect(day.byCashier.map((c) => [c.code, c.name, c.rated])).toEqual(expect.arrayContaining([['1001', '王晓梅', 2], ['1002', '刘建国', 1]]));
    expect((await t.call('counter.ratingStats', { date: '2026-11-24' }, manager)).rated).toBe(1);
    expect(ratingStatsFor(t.hall.db, '2026-11-23')).toEqual(day);
    expect(await errorOf(t.raw('counter.ratingStats', { date: '2026-11-23' }, w1))).toMatchObject({ code: 'forbidden' });
  });
});

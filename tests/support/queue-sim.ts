// A busy day in the hall through the real hall commands on a manual clock: seeded arrivals,
// a share of priority customers, 8 windows that serve, take no-shows and pause for handovers.
import { testHall, type TestHall } from './hall.ts';
import { createOperator } from '../../electron/hall/auth/operators.ts';
import { seededRandom } from '../../electron/hall/accounts/demo-accounts.ts';

export interface SimOptions {
  tickets: number;
  priorityShare: number;
  windows: number;
  seed: number;
  maxWaitMinutes: number;
  priorityStreak: number;
}

export interface SimResult {
  t: TestHall;
  issued: number;
  calls: number;
  pauses: number;
  date: string;
}

const SERVICES = [
  { code: 'A', names: { 'zh-CN': '缴费', 'zh-TW': '繳費', en: 'Payments' } },
  { code: 'B', names: { 'zh-CN': '开户过户', 'zh-TW': '開戶過戶', en: 'Accounts' } },
  { code: 'C', names: { 'zh-CN': '报修咨询', 'zh-TW': '報修諮詢', en: 'Repairs' } },
];

export async function simulateDay(options: SimOptions): Promise<SimResult> {
  // 08:30 Asia/Shanghai = 00:30 UTC
  // the day's arrivals come through one kiosk, drawn at random rather than paced like people: a
  // cluster must not meet the kiosk's per-minute limit, which is not what this simulates
  const t = testHall({ start: '2026-11-23T00:20:00.000Z', config: { kioskTicketsPerMinute: 600 } });
  const random = seededRandom(options.seed);
  const db = t.hall.db;
  db.transaction(() => {
    for (let w = 1; w <= options.windows; w++) {
      db.prepare('INSERT OR IGNORE INTO counter_windows (window_no, label) VALUES (?, ?)').run(w, `${w}号窗口`);
      createOperator(db, { code: `2${String(w).padStart(3, '0')}`, name: `收费员${w}`, role: 'cashier', pin: '1234' }, t.clock.now());
    }
  })();
  const manager = await t.login('9001', '9999', null);
  const all = Array.from({ length: options.windows }, (_, i) => i + 1);
  await t.call(
    'queue.configure',
    {
      config: { maxWaitMinutes: options.maxWaitMinutes, priorityStreak: options.priorityStreak, opensAt: '08:30', closesAt: '17:00', cutoffMinutes: 10 },
      services: [
        { ...SERVICES[0]!, windows: all },
        { ...SERVICES[1]!, windows: all.filter((w) => w % 3 === 0) },
        { ...SERVICES[2]!, windows: all.filter((w) => w % 2 === 0) },
      ],
    },
    manager,
  );
  const tokens = new Map<number, string>();
  for (const w of all) tokens.set(w, await t.login(`2${String(w).padStart(3, '0')}`, '1234', w));
  const kiosk = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'kiosk-sim', windowNo: null })).token;

  const open = Date.parse('2026-11-23T00:30:00.000Z');
  const stop = Date.parse('2026-11-23T08:50:00.000Z'); // 16:50 local: issuing stops
  const arrivals = Array.from({ length: options.tickets }, () => open + Math.floor(random() * (stop - open - 60_000))).sort((a, b) => a - b);
  const busyUntil = new Map<number, number>(all.map((w) => [w, 0]));
  const pausedUntil = new Map<number, number>();
  let next = 0;
  let calls = 0;
  let pauses = 0;
  const step = 20_000;
  for (let now = open; ; now += step) {
    t.clock.set(new Date(now));
    while (next < arrivals.length && arrivals[next]! <= now) {
      const r = random();
      const serviceCode = r < 0.7 ? 'A' : r < 0.85 ? 'B' : 'C';
      await t.call('queue.issueTicket', { serviceCode, lane: random() < options.priorityShare ? 'priority' : 'normal', priorityReason: null }, kiosk);
      next++;
    }
    for (const w of all) {
      const token = tokens.get(w)!;
      const pausedTill = pausedUntil.get(w);
      if (pausedTill !== undefined) {
        if (now < pausedTill) continue;
        await t.call('queue.resume', {}, token);
        pausedUntil.delete(w);
      }
      if (now < busyUntil.get(w)!) continue;
      // a handover or a cash settlement now and then, mostly mid-day
      if (random() < 0.004) {
        await t.call('queue.finish', {}, token).catch(() => undefined);
        await t.call('queue.pause', { reason: random() < 0.5 ? 'handover' : 'settlement', note: null, redirectWindow: null, expectedBackMinutes: 10 }, token);
        pausedUntil.set(w, now + (5 + Math.floor(random() * 15)) * 60_000);
        pauses++;
        continue;
      }
      const { ticket } = await t.call('queue.callNext', {}, token);
      if (!ticket) continue;
      calls++;
      if (random() < 0.05) {
        // nobody comes: two recalls, then no-show
        await t.call('queue.recall', {}, token);
        await t.call('queue.skip', {}, token);
        busyUntil.set(w, now + 60_000);
      } else {
        await t.call('queue.start', {}, token);
        busyUntil.set(w, now + (90 + Math.floor(random() * 360)) * 1_000);
      }
    }
    const waiting = db.prepare("SELECT COUNT(*) FROM tickets WHERE status IN ('waiting', 'called', 'serving')").pluck().get() as number;
    if (next >= arrivals.length && waiting === 0) break;
    if (now > stop + 8 * 3_600_000) throw new Error('the simulated day never ended');
    // finish services that are over
    for (const w of all) if (now + step >= busyUntil.get(w)! && !pausedUntil.has(w)) await t.call('queue.finish', {}, tokens.get(w)!).catch(() => undefined);
  }
  return { t, issued: arrivals.length, calls, pauses, date: '2026-11-23' };
}

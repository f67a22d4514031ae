// A hall database with N windows, a cashier at each, one business served by all, and tickets
// waiting: for queue benchmarks and tests that run the hall in another process.
import { createHall } from '../../electron/hall/hall.ts';
import { ManualClock } from '../../electron/hall/clock.ts';
import { seedDemoBranch } from '../../electron/hall/demo/demo-branch.ts';
import { createOperator } from '../../electron/hall/auth/operators.ts';

export const SETUP_CLOCK = '2026-11-23T02:00:00.000Z'; // 10:00 in the hall

export const cashierCode = (windowNo: number) => `2${String(windowNo).padStart(3, '0')}`;

export async function prepareQueueHall(dbPath: string, windows: number, tickets: number): Promise<void> {
  // every ticket is issued at one instant of the hall's clock: lift the kiosk's per-minute limit
  const hall = createHall({ dbPath, printWorker: false, kioskTicketsPerMinute: 600 }, new ManualClock(SETUP_CLOCK));
  try {
    seedDemoBranch(hall);
    const db = hall.db;
    db.transaction(() => {
      for (let w = 1; w <= windows; w++) {
        db.prepare('INSERT OR IGNORE INTO counter_windows (window_no, label) VALUES (?, ?)').run(w, `${w}号窗口`);
        createOperator(db, { code: cashierCode(w), name: `收费员${w}`, role: 'cashier', pin: '1234' }, hall.clock.now());
      }
    })();
    const call = async (method: string, input: unknown, token: string | null) => {
      const r = await hall.dispatcher.call({ token }, method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.result as { token: string };
    };
    const manager = (await call('session.login', { operatorCode: '9001', pin: '9999', terminalId: 'setup', windowNo: null }, null)).token;
    const all = Array.from({ length: windows }, (_, i) => i + 1);
    await call('queue.configure', { config: {}, services: [{ code: 'A', names: { 'zh-CN': '缴费', 'zh-TW': '繳費', en: 'Payments' }, windows: all }] }, manager);
    const kiosk = (await call('session.openDevice', { role: 'kiosk', terminalId: 'setup-kiosk', windowNo: null }, null)).token;
    for (let i = 0; i < tickets; i++) await call('queue.issueTicket', { serviceCode: 'A', lane: i % 4 === 0 ? 'priority' : 'normal', priorityReason: null }, kiosk);
  } finally {
    hall.close();
  }
}

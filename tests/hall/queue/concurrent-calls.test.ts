// "Call next" pressed at the same instant at many windows never hands out one ticket twice:
// a burst of HTTP requests at one hall, and several hall processes sharing one database file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { clockArgs } from '../../support/child-clock.ts';
import { createOperator } from '../../../electron/hall/auth/operators.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';

const WINDOWS = 8;
const CHILD = join(import.meta.dirname, 'call-loop.child.ts');

describe('concurrent call next', () => {
  let t: TestHall;
  let kiosk: string;
  beforeAll(async () => {
    // the tickets are issued at one instant of the hall's clock: lift the kiosk's per-minute limit (12)
    t = testHall({ file: true, start: '2026-11-23T02:00:00.000Z', config: { kioskTicketsPerMinute: 600 } });
    const db = t.hall.db;
    db.transaction(() => {
      for (let w = 1; w <= WINDOWS; w++) {
        db.prepare('INSERT OR IGNORE INTO counter_windows (window_no, label) VALUES (?, ?)').run(w, `${w}号窗口`);
        createOperator(db, { code: `2${String(w).padStart(3, '0')}`, name: `收费员${w}`, role: 'cashier', pin: '1234' }, t.clock.now());
      }
    })();
    const manager = await t.login('9001', '9999', null);
    const windows = Array.from({ length: WINDOWS }, (_, i) => i + 1);
    await t.call('queue.configure', { config: {}, services: [{ code: 'A', names: { 'zh-CN': '缴费', 'zh-TW': '繳費', en: 'Payments' }, windows }] }, manager);
    kiosk = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'kiosk-c', windowNo: null })).token;
  });
  afterAll(() => t.close());

  const issue = async (n: number) => {
    // each batch in a minute of its own: at most 600 from one kiosk in a minute (its limit, lifted above)
    t.clock.advance(60_000);
    for (let i = 0; i < n; i++) await t.call('queue.issueTicket', { serviceCode: 'A', lane: i % 3 === 0 ? 'priority' : 'normal', priorityReason: null }, kiosk);
  };

  it('over HTTP: 8 windows × 25 simultaneous requests get 200 different tickets', async () => {
    await issue(300);
    // the 8 windows' 200 connections all come from one address here: lift the per-source cap (64)
    t.hall.config.net.maxConnectionsPerSource = 256;
    const host: HallHost = await startHost(t.hall);
    try {
      const tokens: string[] = [];
      for (let w = 1; w <= WINDOWS; w++) tokens.push(await t.login(`2${String(w).padStart(3, '0')}`, '1234', w));
      const requests = tokens.flatMap((token) =>
        Array.from({ length: 25 }, () =>
          fetch(`${host.url}/api/queue.callNext`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' }).then(
            (r) => r.json() as Promise<{ ok: boolean; result: { ticket: { ticketNo: string } | null } }>,
          ),
        ),
      );
      const answers = await Promise.all(requests);
      const numbers = answers.map((a) => {
        expect(a.ok).toBe(true);
        return a.result.ticket!.ticketNo;
      });
      expect(new Set(numbers).size).toBe(200);
      const calledTwice = t.hall.db.prepare("SELECT ticket_id FROM ticket_events WHERE action = 'called' GROUP BY ticket_id HAVING COUNT(*) > 1").all();
      expect(calledTwice).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('across processes: 4 halls on one database file never share a ticket', async () => {
    await issue(600);
    const waiting = t.hall.db.prepare("SELECT COUNT(*) FROM tickets WHERE status = 'waiting'").pluck().get() as number;
    const ready: Array<Promise<void>> = [];
    const children = [5, 6, 7, 8].map((w) => {
      const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', CHILD, ...clockArgs(t.clock), join(t.dir, 'hall.db'), String(w)], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      ready.push(
        new Promise((resolve) =>
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            if (out.includes('READY')) resolve();
          }),
        ),
      );
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const done = new Promise<string[]>((resolve, reject) =>
        child.once('exit', (code) => (code === 0 ? resolve(out.trim().split('\n').filter((l) => l && l !== 'READY')) : reject(new Error(`window ${w} exited ${code}: ${err}`)))),
      );
      return { child, done };
    });
    await Promise.all(ready);
    for (const { child } of children) child.stdin.end('go\n');
    const perWindow = await Promise.all(children.map((c) => c.done));
    const all = perWindow.flat();
    expect(all.length).toBe(waiting);
    expect(new Set(all).size).toBe(all.length);
    // the calls really interleaved across processes (how evenly is up to SQLite's lock and the
    // scheduler: on a busy machine one process may lose every race, which is fine)
    expect(perWindow.filter((got) => got.length > 0).length).toBeGreaterThanOrEqual(2);
  }, 600_000); // a guard against a hang: process starts are slow on a loaded machine
});

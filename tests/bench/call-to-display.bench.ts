// call_to_display_p99: from a window pressing "call next" (an HTTP request to the hall
// service in its own process) to the call arriving at every one of 4 hall displays over
// WebSocket; 8 windows calling at once, on loopback. Target ≤ 30 ms. Floor: one WebSocket round
// trip on loopback to an echo server in another process, after each round.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Figure } from './figure.ts';
import { beside, percentile } from './figure.ts';
import { deviceSessionOverHttp, pairOverHttp } from '../support/pairing.ts';
import { resultOverHttp } from '../support/http-call.ts';
import { cashierCode, prepareQueueHall, SETUP_CLOCK } from '../support/queue-hall-setup.ts';
import { echoServer } from './support/ws-echo.ts';
import { startServeProcess } from '../support/serve-process.ts';
import { API_VERSION } from '../../shared/api/version.ts';

const WINDOWS = 8;
const DISPLAYS = 4;
const ROUNDS = 60;

/** `pc`: the counter PC's device token the call carries (a window's session works only from its PC). */
const post = <T>(url: string, method: string, input: unknown, token: string | null = null, pc: string | null = null): Promise<T> => resultOverHttp<T>(url, method, input, { token, device: pc });

export default async function (): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-call-'));
  const dbPath = join(dir, 'hall.db');
  await prepareQueueHall(dbPath, WINDOWS, WINDOWS * ROUNDS + 20);
  const serve = await startServeProcess(['--db', dbPath, '--clock', SETUP_CLOCK]);
  const url = serve.url;
  const echo = await echoServer();
  try {
    // every device paired as a LAN device is: it asks, the branch's manager confirms its code
    const manager = (await post<{ token: string }>(url, 'session.login', { operatorCode: '9001', pin: '9999', terminalId: 'bench-manager', windowNo: null })).token;
    // each window signed in at from its own counter PC
    const windows: Array<{ token: string; pc: string }> = [];
    for (let w = 1; w <= WINDOWS; w++) {
      const pc = await pairOverHttp(url, manager, { role: 'counter', terminalId: `bench-pc-${w}`, windowNo: w });
      windows.push({ token: (await post<{ token: string }>(url, 'session.login', { operatorCode: cashierCode(w), pin: '1234', terminalId: `bench-${w}`, windowNo: w }, null, pc)).token, pc });
    }
    // 4 displays, each its own device session and WebSocket
    const arrivals = new Map<string, number[]>();
    const sockets: WebSocket[] = [];
    for (let d = 0; d < DISPLAYS; d++) {
      const { token } = await deviceSessionOverHttp(url, manager, { role: 'display', terminalId: `bench-display-${d}` });
      const ws = new WebSocket(`${url.replace('http', 'ws')}/events`);
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', token, apiVersion: API_VERSION })));
        ws.on('message', (data) => {
          const msg = JSON.parse(String(data)) as { type: string; name?: string; payload?: { ticketNo: string } };
          if (msg.type === 'welcome') resolve();
          if (msg.type === 'event' && msg.name === 'queue.ticketCalled') {
            const key = msg.payload!.ticketNo;
            const list = arrivals.get(key) ?? [];
            list.push(performance.now());
            arrivals.set(key, list);
          }
        });
        ws.once('error', reject);
      });
      sockets.push(ws);
    }
    const samples: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const called = await Promise.all(windows.map(({ token, pc }) => post<{ ticket: { ticketNo: string } | null }>(url, 'queue.callNext', {}, token, pc)));
      // wait until every display has every call of the round
      const numbers = called.map((c) => c.ticket!.ticketNo);
      for (let spin = 0; numbers.some((n) => (arrivals.get(n)?.length ?? 0) < DISPLAYS); spin++) {
        if (spin > 2_000) throw new Error('calls did not reach every display');
        await new Promise((r) => setTimeout(r, 1));
      }
      if (round >= 5) for (const n of numbers) samples.push(Math.max(...arrivals.get(n)!) - started);
      const trip = await echo.roundTrip();
      if (round >= 5) floor.push(trip);
    }
    for (const ws of sockets) ws.close();
    return [
      ...beside('call_to_display_p99', 'ms', percentile(samples, 99), percentile(floor, 99), 2),
      ...beside('call_to_display_p50', 'ms', percentile(samples, 50), percentile(floor, 50), 2),
    ];
  } finally {
    echo.stop();
    await serve.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

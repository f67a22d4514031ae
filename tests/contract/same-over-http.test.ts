// One scenario, run in-process and over HTTP + WebSocket against a real host: the answers
// must be the same, because transports carry bytes and nothing else.
import { describe, it, expect, afterEach } from 'vitest';
import WebSocket from 'ws';
import { testHall, type TestHall } from '../support/hall.ts';
import { startHost, type HallHost } from '../../electron/hall/transport/host.ts';
import type { ApiResponse } from '../../shared/errors.ts';

type Caller = (method: string, input: unknown, token: string | null) => Promise<ApiResponse>;

/** Strips what legitimately differs between two halls (tokens, error reference ids). */
function comparable(res: ApiResponse): unknown {
  return JSON.parse(JSON.stringify(res, (k, v: unknown) => (k === 'token' ? '<token>' : k === 'ref' ? '<ref>' : v)).replace(/（编号 [0-9a-f]{8}）/g, ''));
}

async function scenario(call: Caller): Promise<unknown[]> {
  const out: ApiResponse[] = [];
  out.push(await call('system.ping', {}, null));
  out.push(await call('session.login', { operatorCode: '1001', pin: 'wrong-pin' , terminalId: 'pc-1', windowNo: 1 }, null));
  const login = await call('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'pc-1', windowNo: 1 }, null);
  out.push(login);
  const token = login.ok ? (login.result as { token: string }).token : null;
  out.push(await call('session.whoami', {}, token));
  out.push(await call('system.ping', { note: 'x'.repeat(201) }, token));
  out.push(await call('system.ping', { note: '开门' }, token));
  out.push(await call('no.suchMethod', {}, token));
  out.push(await call('session.openDevice', { role: 'display', terminalId: 'tv-1', windowNo: null }, null));
  out.push(await call('session.logout', {}, token));
  out.push(await call('session.whoami', {}, token));
  return out.map(comparable);
}

let a: TestHall;
let b: TestHall;
let host: HallHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
  a?.close();
  b?.close();
});

describe('contract: in-process and HTTP give the same answers', () => {
  it('runs the same scenario both ways', async () => {
    a = testHall();
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    const url = host.url;
    const inProcess = await scenario((m, i, tok) => a.hall.dispatcher.call({ token: tok }, m, i));
    const overHttp = await scenario(async (m, i, tok) => {
      const res = await fetch(`${url}/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(tok ? { authorization: `Bearer ${tok}` } : {}) },
        body: JSON.stringify(i),
      });
      return (await res.json()) as ApiResponse;
    });
    expect(overHttp).toEqual(inProcess);
    expect((inProcess as Array<{ ok: boolean }>).map((r) => r.ok)).toEqual([false, false, true, true, false, true, false, true, true, false]);
  });

  it('answers a body that is not JSON with a clear invalid_input and GET with 405', async () => {
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    const res = await fetch(`${host.url}/api/system.health`, { method: 'POST', body: '{not json' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '输入有误：request body is not JSON' } });
    expect((await fetch(`${host.url}/api/system.health`)).status).toBe(405);
  });

  it('delivers events over WebSocket only to sessions whose role may see them', async () => {
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    const cashier = await b.login();
    const received: Record<string, string[]> = { cashier: [], anonymous: [] };
    const open = (who: 'cashier' | 'anonymous', token: string | null) =>
      new Promise<WebSocket>((resolve) => {
        const ws = new WebSocket(`${host!.url.replace('http', 'ws')}/events`);
        ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token })));
        ws.on('message', (data) => {
          const frame = JSON.parse(String(data)) as { type: string; name?: string };
          if (frame.type === 'welcome') resolve(ws);
          if (frame.type === 'event') received[who]!.push(frame.name!);
        });
      });
    const sockets = [await open('cashier', cashier), await open('anonymous', null)];
    await b.call('system.ping', {}, cashier);
    await new Promise((r) => setTimeout(r, 100));
    expect(received.cashier).toEqual(['system.pinged']);
    expect(received.anonymous).toEqual([]);
    for (const s of sockets) s.close();
  });

  it('closes a socket that presents an unknown token', async () => {
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${host!.url.replace('http', 'ws')}/events`);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token: 'nope' })));
      ws.on('close', (c) => resolve(c));
    });
    expect(code).toBe(4003);
  });
});

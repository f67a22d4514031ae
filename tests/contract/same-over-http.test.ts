// One scenario, run in-process, over HTTP + WebSocket against a real host, and over the
// shell's IPC (startShell with fake Electron objects): the answers must be the same, because
// transports carry bytes and identity, nothing else.
import { describe, it, expect, afterEach } from 'vitest';
import WebSocket from 'ws';
import { testHall, type TestHall } from '../support/hall.ts';
import { startHost, type HallHost } from '../../electron/hall/transport/host.ts';
import type { ApiResponse } from '../../shared/errors.ts';
import { startShell, type Shell } from '../../electron/main/shell.ts';
import { embeddedHallPort } from '../../electron/main/hall-port.ts';
import { terminalConfigSchema } from '../../electron/main/terminal-config.ts';
import { fakeElectron } from '../support/fake-electron.ts';
import { API_VERSION } from '../../shared/api/version.ts';
import { pairDevice, pairingManager } from '../support/pairing.ts';
import { DEVICE_TOKEN_HEADER } from '../../shared/api/pairing.api.ts';

/** `device`: the paired counter PC's token the call carries (a window is signed in at only from its PC). */
type Caller = (method: string, input: unknown, token: string | null, device: string | null) => Promise<ApiResponse>;

/** Strips what legitimately differs between two halls (tokens, error reference ids). */
function comparable(res: ApiResponse): unknown {
  return JSON.parse(JSON.stringify(res, (k, v: unknown) => (k === 'token' ? '<token>' : k === 'ref' ? '<ref>' : v)).replace(/（编号 [0-9a-f]{8}）/g, ''));
}

/** Steps every transport answers alike; the IPC leg stops here (its window keeps its own session). */
const WINDOW_STEPS = 7;

async function scenario(call: Caller, pc: string | null = null): Promise<unknown[]> {
  const out: ApiResponse[] = [];
  out.push(await call('system.ping', {}, null, null));
  out.push(await call('session.login', { operatorCode: '1001', pin: 'wrong-pin' , terminalId: 'pc.counter-1', windowNo: 1 }, null, pc));
  const login = await call('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'pc.counter-1', windowNo: 1 }, null, pc);
  out.push(login);
  const token = login.ok ? (login.result as { token: string }).token : null;
  out.push(await call('session.whoami', {}, token, pc));
  out.push(await call('system.ping', { note: 'x'.repeat(201) }, token, pc));
  out.push(await call('system.ping', { note: '开门' }, token, pc));
  out.push(await call('no.suchMethod', {}, token, pc));
  // a machine that was never paired asks for a display's session
  out.push(await call('session.openDevice', { role: 'display', terminalId: 'tv-1', windowNo: null }, null, null));
  out.push(await call('session.logout', {}, token, pc));
  out.push(await call('session.whoami', {}, token, pc));
  return out.map(comparable);
}

/** Each hall's counter PC for window 1, paired as a LAN device is (from the loopback address the HTTP leg uses). */
async function counterPc(t: TestHall): Promise<string> {
  const manager = await pairingManager(t.hall);
  return (await pairDevice(t.hall, manager, { role: 'counter', terminalId: 'pc.counter-1', windowNo: 1, source: '127.0.0.1' })).deviceToken;
}

let a: TestHall;
let b: TestHall;
let host: HallHost | null = null;
let shell: Shell | null = null;
afterEach(async () => {
  await shell?.close();
  shell = null;
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
    // in process as a LAN caller would be (the shell and in-process callers are trusted to open device sessions)
    const inProcess = await scenario((m, i, tok, device) => a.hall.dispatcher.call({ token: tok, source: '127.0.0.1', device }, m, i), await counterPc(a));
    const overHttp = await scenario(async (m, i, tok, device) => {
      const res = await fetch(`${url}/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(tok ? { authorization: `Bearer ${tok}` } : {}), ...(device ? { [DEVICE_TOKEN_HEADER]: device } : {}) },
        body: JSON.stringify(i),
      });
      return (await res.json()) as ApiResponse;
    }, await counterPc(b));
    expect(overHttp).toEqual(inProcess);
    expect((inProcess as Array<{ ok: boolean }>).map((r) => r.ok)).toEqual([false, false, true, true, false, true, false, false, true, false]);
    // an unpaired device's session is refused the same way both ways
    expect(inProcess[7]).toMatchObject({ ok: false, error: { key: 'net:errors.pairingRequired' } });
  });

  it('runs the same scenario over the shell’s IPC, as a counter window', async () => {
    a = testHall();
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    const config = terminalConfigSchema.parse({ version: 1, terminalId: 'pc', hall: { mode: 'embedded' }, windows: [{ screen: 'counter', windowNo: 1 }] });
    const fake = fakeElectron({ config, hall: embeddedHallPort(b.hall, host) });
    shell = await startShell(fake.deps);
    host = null; // closed with the shell
    const counter = fake.windows[0]!;
    const inProcess = await scenario((m, i, tok) => a.hall.dispatcher.call({ token: tok }, m, i));
    // The page never sends a token over IPC: the window's own session is used.
    const overIpc = await scenario((m, i) => fake.ipc.invoke<ApiResponse>(counter, m, i));
    expect(overIpc.slice(0, WINDOW_STEPS)).toEqual(inProcess.slice(0, WINDOW_STEPS));
    expect(overIpc[8]).toEqual(inProcess[8]); // sign-out
  });

  it('answers a body that is not JSON with a clear invalid_input and GET with 405', async () => {
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    const res = await fetch(`${host.url}/api/system.health`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'errors:bodyNotJson', message: '提交的内容无法读取' } });
    expect((await fetch(`${host.url}/api/system.health`)).status).toBe(405);
  });

  it('says a body over the method’s limit is too large, in the caller’s language', async () => {
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    // a signed-in caller allowed the method may send up to its limit; the answer is in the session's language
    const { token: cashier } = await b.call('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'pc-en', windowNo: 1, locale: 'en' });
    const big = JSON.stringify({ note: 'x'.repeat(9 * 1024 * 1024) });
    const res = await fetch(`${host.url}/api/system.ping`, { method: 'POST', body: big, headers: { 'content-type': 'application/json', authorization: `Bearer ${cashier}` } });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'errors:bodyTooLarge', params: { limitKb: 8192 }, message: 'What was sent is too large (at most 8192 KB)' } });
  });

  it('delivers events over WebSocket only to sessions whose role may see them', async () => {
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    const cashier = await b.login();
    const received: Record<string, string[]> = { cashier: [], anonymous: [] };
    const cashierHeard: Array<() => void> = [];
    const open = (who: 'cashier' | 'anonymous', token: string | null) =>
      new Promise<WebSocket>((resolve) => {
        // a screen not signed in is a browser page (with its Origin): the host takes token-less sockets only from one
        const ws = new WebSocket(`${host!.url.replace('http', 'ws')}/events`, { origin: host!.url });
        ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token, apiVersion: API_VERSION })));
        ws.on('message', (data) => {
          const frame = JSON.parse(String(data)) as { type: string; name?: string };
          if (frame.type === 'welcome') resolve(ws);
          if (frame.type === 'event') received[who]!.push(frame.name!);
          if (who === 'cashier') for (const heard of cashierHeard.splice(0)) heard();
        });
      });
    const [cashierSocket, anonymousSocket] = [await open('cashier', cashier), await open('anonymous', null)];
    await b.call('system.ping', {}, cashier);
    while (received.cashier!.length === 0) await new Promise<void>((heard) => cashierHeard.push(heard));
    // the host sends an event to every socket in one pass; a pong it sends the anonymous socket
    // after that pass arrives behind anything the pass sent it
    await new Promise<void>((answered) => {
      anonymousSocket!.once('pong', () => answered());
      anonymousSocket!.ping();
    });
    expect(received.cashier).toEqual(['system.pinged']);
    expect(received.anonymous).toEqual([]);
    for (const s of [cashierSocket!, anonymousSocket!]) s.close();
  });

  it('closes a socket that presents an unknown token', async () => {
    b = testHall();
    b.hall.config.port = 0;
    host = await startHost(b.hall);
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${host!.url.replace('http', 'ws')}/events`);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token: 'nope', apiVersion: API_VERSION })));
      ws.on('close', (c) => resolve(c));
    });
    expect(code).toBe(4003);
  });
});

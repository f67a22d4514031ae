// The event socket (issue 20): before this, any page could open /events (no Origin check), 300
// anonymous sockets were held open, and a socket's role was fixed at hello, so it kept receiving
// `ledger.paymentRecorded` after its session logged out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import { ManualTimers } from '../../support/manual-timers.ts';
import { SOCKET_CLOSE } from '../../../electron/hall/transport/ws.ts';
import { API_VERSION } from '../../../shared/api/version.ts';

let h: LedgerHall;
let host: HallHost;
let timers: ManualTimers;
const opened: WebSocket[] = [];
beforeEach(async () => {
  h = await ledgerHall();
  timers = new ManualTimers();
});
afterEach(async () => {
  for (const s of opened.splice(0)) s.terminate();
  await host.close();
  h.close();
});

interface Client {
  ws: WebSocket;
  events: string[];
  closedWith: () => number | null;
  /** Resolves with the first frame's type ('welcome', 'rejected') or 'closed'. */
  first: Promise<string>;
  upgradeStatus: Promise<number | null>;
}

function client(options: { origin?: string; hello?: { token: string | null } | null; localAddress?: string } = {}): Client {
  const ws = new WebSocket(`${host.url.replace('http', 'ws')}/events`, { ...(options.origin ? { origin: options.origin } : {}), ...(options.localAddress ? { localAddress: options.localAddress } : {}) });
  opened.push(ws);
  const events: string[] = [];
  let closedWith: number | null = null;
  let resolveFirst: (t: string) => void = () => undefined;
  const first = new Promise<string>((r) => (resolveFirst = r));
  const upgradeStatus = new Promise<number | null>((resolve) => {
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? null);
      resolveFirst('refused');
    });
    ws.on('open', () => resolve(101));
  });
  ws.on('error', () => undefined);
  ws.on('open', () => {
    if (options.hello !== null) ws.send(JSON.stringify({ type: 'hello', token: options.hello?.token ?? null, apiVersion: API_VERSION }));
  });
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; name?: string };
    resolveFirst(frame.type);
    if (frame.type === 'event') events.push(frame.name!);
  });
  ws.on('close', (code) => {
    closedWith = code;
    resolveFirst('closed');
  });
  return { ws, events, closedWith: () => closedWith, first, upgradeStatus };
}

describe('a socket’s session is looked up on every event', () => {
  it('after its session logs out, a socket receives no ledger.paymentRecorded and is closed', async () => {
    host = await startHost(h.hall, { timers });
    const first = client({ hello: { token: h.cashier } });
    const other = client({ hello: { token: h.manager } });
    expect(await first.first).toBe('welcome');
    expect(await other.first).toBe('welcome');
    await h.pay(KNOWN.li, {}, h.cashier2);
    await vi.waitFor(() => expect(first.events).toContain('ledger.paymentRecorded'));

    await h.call('session.logout', {}, h.cashier);
    await h.pay(KNOWN.zhang, {}, h.cashier2);
    await vi.waitFor(() => expect(other.events.filter((e) => e === 'ledger.paymentRecorded')).toHaveLength(2));
    await vi.waitFor(() => expect(first.closedWith()).toBe(SOCKET_CLOSE.sessionEnded));
    expect(first.events.filter((e) => e === 'ledger.paymentRecorded')).toHaveLength(1);
  });

  it('a session ended with no event following it is noticed by the periodic check', async () => {
    host = await startHost(h.hall, { timers });
    const c = client({ hello: { token: h.cashier } });
    expect(await c.first).toBe('welcome');
    await h.call('session.logout', {}, h.cashier);
    timers.advance(h.hall.config.net.sessionCheckMs);
    await vi.waitFor(() => expect(c.closedWith()).toBe(SOCKET_CLOSE.sessionEnded));
  });
});

describe('who may open a socket', () => {
  it('a page of another origin is refused at the upgrade; the hall’s own pages are not', async () => {
    host = await startHost(h.hall, { timers });
    expect(await client({ origin: 'http://evil.example', hello: { token: null } }).upgradeStatus).toBe(403);
    expect(await client({ origin: `http://localhost:${host.port + 1}`, hello: { token: null } }).upgradeStatus).toBe(403);
    const own = client({ origin: host.url, hello: { token: null } });
    expect(await own.first).toBe('welcome');
  });

  it('without an Origin (no browser) a socket must sign in with a token', async () => {
    host = await startHost(h.hall, { timers });
    const bare = client({ hello: { token: null } });
    expect(await bare.first).toBe('closed');
    expect(bare.closedWith()).toBe(SOCKET_CLOSE.tokenRequired);
    expect(await client({ hello: { token: h.cashier } }).first).toBe('welcome');
  });

  it('sockets not signed in are capped per address and in all, and closed when they do not say hello in time', async () => {
    h.hall.config.net.maxAnonymousSocketsPerSource = 3;
    h.hall.config.net.maxAnonymousSockets = 4;
    host = await startHost(h.hall, { timers });
    const silent = Array.from({ length: 3 }, () => client({ origin: host.url, hello: null, localAddress: '127.0.0.5' }));
    await Promise.all(silent.map((c) => c.upgradeStatus));
    await vi.waitFor(() => expect(host.sockets.anonymousCount('127.0.0.5')).toBe(3));
    const fourth = client({ origin: host.url, hello: null, localAddress: '127.0.0.5' });
    expect(await fourth.first).toBe('closed');
    expect(fourth.closedWith()).toBe(SOCKET_CLOSE.full);
    // a screen from another address still gets in and signs in; then the total is reached
    expect(await client({ hello: { token: h.cashier } }).first).toBe('welcome');
    const silentElsewhere = client({ origin: host.url, hello: null, localAddress: '127.0.0.6' });
    await silentElsewhere.upgradeStatus;
    await vi.waitFor(() => expect(host.sockets.anonymousCount()).toBe(4));
    const fifth = client({ origin: host.url, hello: null, localAddress: '127.0.0.7' });
    expect(await fifth.first).toBe('closed');
    expect(fifth.closedWith()).toBe(SOCKET_CLOSE.full);
    // a socket's HTTP deadlines end at the upgrade: the signed-in one outlives them
    timers.advance(h.hall.config.net.helloMs);
    await vi.waitFor(() => expect(silent.map((c) => c.closedWith())).toEqual([4001, 4001, 4001]));
    timers.advance(h.hall.config.net.requestMs + h.hall.config.net.idleMs);
    expect(host.connections.phases().upgraded).toBe(1);
  });

  it('sockets in all are capped', async () => {
    h.hall.config.net.maxSockets = 2;
    host = await startHost(h.hall, { timers });
    expect(await client({ hello: { token: h.cashier } }).first).toBe('welcome');
    expect(await client({ hello: { token: h.manager } }).first).toBe('welcome');
    const third = client({ hello: { token: h.cashier2 } });
    expect(await third.first).toBe('closed');
    expect(third.closedWith()).toBe(SOCKET_CLOSE.full);
  });
});

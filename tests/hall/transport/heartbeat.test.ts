// Beats both ways on the event sockets: the host's beat frames reach a screen, a peer that stops
// answering pings is let go, and a screen whose host went silent (no close, as when its cable is
// pulled) drops the socket and dials again by itself. Time moves by hand: no test waits seconds.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { attachEventSocket } from '../../../electron/hall/transport/ws.ts';
import { httpTransport, MISSED_BEATS, RETRY_MS } from '../../../renderer/client/transport-http.ts';
import type { ConnectionStatus } from '../../../renderer/client/transport.ts';
import { testHall, type TestHall } from '../../support/hall.ts';
import { ManualTimers } from '../../support/manual-timers.ts';
import { API_VERSION } from '../../../shared/api/version.ts';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function listening(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
}

interface Frame {
  type: string;
  heartbeatMs?: number;
}

describe('the host beats on every event socket', () => {
  let t: TestHall;

  async function subscribed(timers: ManualTimers): Promise<{ socket: WebSocket; frames: Frame[]; sockets: ReturnType<typeof attachEventSocket> }> {
    t = testHall();
    cleanups.push(() => t.close());
    const server = createServer();
    const sockets = attachEventSocket(server, t.hall.dispatcher, t.hall.bus, { heartbeatMs: 5_000, timers });
    cleanups.push(() => sockets.close());
    const url = await listening(server);
    const token = await t.login('1001', '1234', 1);
    const socket = new WebSocket(url);
    cleanups.push(() => socket.terminate());
    const frames: Frame[] = [];
    socket.on('message', (data) => frames.push(JSON.parse(String(data)) as Frame));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'hello', token, apiVersion: API_VERSION }));
    await vi.waitFor(() => expect(frames.map((f) => f.type)).toContain('welcome'));
    return { socket, frames, sockets };
  }

  it('says the beat in its welcome and sends a beat frame each interval', async () => {
    const timers = new ManualTimers();
    const { frames } = await subscribed(timers);
    expect(frames[0]).toMatchObject({ type: 'welcome', heartbeatMs: 5_000 });
    timers.advance(5_000);
    await vi.waitFor(() => expect(frames.filter((f) => f.type === 'beat')).toHaveLength(1));
    timers.advance(5_000);
    await vi.waitFor(() => expect(frames.filter((f) => f.type === 'beat')).toHaveLength(2));
  });

  it('lets go of a peer that no longer answers pings (a TV switched off)', async () => {
    const timers = new ManualTimers();
    const { socket, sockets } = await subscribed(timers);
    // The peer stops reading: its pongs stop, as when the TV lost power.
    (socket as unknown as { _socket: { pause(): void } })._socket.pause();
    timers.advance(5_000); // ping 1, unanswered
    expect(sockets.clientCount()).toBe(1);
    timers.advance(5_000); // no pong since: terminated
    await vi.waitFor(() => expect(sockets.clientCount()).toBe(0));
  });

  it('keeps a peer that answers', async () => {
    const timers = new ManualTimers();
    const { socket, frames, sockets } = await subscribed(timers);
    for (let i = 1; i <= 4; i++) {
      timers.advance(5_000);
      await vi.waitFor(() => expect(frames.filter((f) => f.type === 'beat')).toHaveLength(i));
      // The peer's pong left before this ping of ours; the host's answer to ours means it has read that pong.
      await new Promise((resolve) => (socket.once('pong', resolve), socket.ping()));
    }
    expect(sockets.clientCount()).toBe(1);
  });
});

describe('a screen whose host goes silent', () => {
  it(`drops the socket after ${MISSED_BEATS} missed beats and dials again, without waiting for a close`, async () => {
    // A host that welcomes and then says nothing more: the socket stays open, silent.
    const server = createServer();
    const wss = new WebSocketServer({ server, path: '/events' });
    cleanups.push(() => wss.close());
    let connections = 0;
    wss.on('connection', (socket) => {
      connections++;
      socket.once('message', () => socket.send(JSON.stringify({ type: 'welcome', role: 'display', seq: 0, heartbeatMs: 1_000 })));
    });
    const url = (await listening(server)).replace(/^ws/, 'http').replace(/\/events$/, '');
    const timers = new ManualTimers();
    const statuses: ConnectionStatus[] = [];
    const stop = httpTransport(url, timers).subscribe('token', () => undefined, (s) => statuses.push(s));
    cleanups.push(stop);
    await vi.waitFor(() => expect(statuses).toEqual(['connecting', 'online']));

    timers.advance(1_000 * MISSED_BEATS - 1);
    expect(statuses.at(-1)).toBe('online'); // not yet: a beat may still come
    timers.advance(1);
    expect(statuses.at(-1)).toBe('offline');
    timers.advance(RETRY_MS[0]!);
    await vi.waitFor(() => expect(statuses.slice(-2)).toEqual(['connecting', 'online']));
    expect(connections).toBe(2);
  });

  it('keeps a socket that hears beats', async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server, path: '/events' });
    cleanups.push(() => wss.close());
    const peers: WebSocket[] = [];
    wss.on('connection', (socket) => {
      peers.push(socket);
      socket.once('message', () => socket.send(JSON.stringify({ type: 'welcome', role: 'display', seq: 0, heartbeatMs: 1_000 })));
    });
    const url = (await listening(server)).replace(/^ws/, 'http').replace(/\/events$/, '');
    const timers = new ManualTimers();
    // each frame the screen hears arms its watchdog afresh: counted, to know a beat was heard
    let armed = 0;
    const counting = { after: (ms: number, fn: () => void) => (ms === 1_000 * MISSED_BEATS && armed++, timers.after(ms, fn)) };
    const statuses: ConnectionStatus[] = [];
    cleanups.push(httpTransport(url, counting).subscribe('token', () => undefined, (s) => statuses.push(s)));
    await vi.waitFor(() => expect(statuses).toEqual(['connecting', 'online']));
    for (let i = 0; i < 5; i++) {
      const before = armed;
      peers[0]!.send(JSON.stringify({ type: 'beat', seq: 0 }));
      await vi.waitFor(() => expect(armed).toBe(before + 1));
      timers.advance(1_000 * MISSED_BEATS - 1); // just short of silence each time: 5 × 2.999 s in all
    }
    expect(statuses).toEqual(['connecting', 'online']);
    expect(peers).toHaveLength(1);
  });
});

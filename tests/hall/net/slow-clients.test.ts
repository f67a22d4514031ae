// Slow clients are cut off (issue 20): before this, 100 half-sent request heads and 20 bodies
// trickling a byte at a time were all still open after 92 s, and nothing capped how many
// connections one address could hold. Time is moved by hand: the deadlines are the real
// defaults (10 s head, 30 s body, 5 s idle), checked in no time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Socket } from 'node:net';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import { ManualTimers } from '../../support/manual-timers.ts';
import { openRaw, postHead } from '../../support/raw-http.ts';

let t: TestHall;
let host: HallHost;
let timers: ManualTimers;
const sockets: Socket[] = [];
beforeEach(() => {
  t = testHall();
  timers = new ManualTimers();
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await host.close();
  t.close();
});

interface Conn {
  socket: Socket;
  closed: () => boolean;
}

/** A raw connection and a flag that turns true once the server hangs up. */
async function connection(localAddress: string): Promise<Conn> {
  const socket = await openRaw(host.port, localAddress);
  sockets.push(socket);
  let closed = false;
  socket.on('error', () => undefined);
  socket.once('close', () => (closed = true));
  socket.resume();
  return { socket, closed: () => closed };
}

const ping = async (token: string) => {
  const res = await fetch(`${host.url}/api/system.ping`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
  return ((await res.json()) as { ok: boolean }).ok;
};

describe('deadlines', () => {
  it('100 half-sent heads and 20 trickling bodies are all closed; a normal caller is answered meanwhile', async () => {
    host = await startHost(t.hall, { timers });
    const cashier = await t.login();
    const heads: Conn[] = [];
    for (let i = 0; i < 100; i++) {
      const c = await connection(`127.0.0.${2 + (i % 5)}`); // 20 from each of five addresses
      c.socket.write(`POST /api/system.ping HTTP/1.1\r\nhost: 127.0.0.1:${host.port}\r\ncontent-ty`);
      heads.push(c);
    }
    const bodies: Conn[] = [];
    for (let i = 0; i < 20; i++) {
      const c = await connection('127.0.0.7');
      c.socket.write(postHead('session.login', host.port, { 'content-length': 1000 }) + '{"oper');
      bodies.push(c);
    }
    await vi.waitFor(() => expect(host.connections.phases()).toMatchObject({ head: 100, body: 20 }));
    expect(await ping(cashier)).toBe(true);

    timers.advance(10_001); // past the head deadline
    await vi.waitFor(() => expect(heads.filter((c) => c.closed())).toHaveLength(100));
    for (const c of bodies) c.socket.write('x'); // still trickling: no deadline is pushed back by a byte
    expect(bodies.filter((c) => c.closed())).toHaveLength(0);
    expect(await ping(cashier)).toBe(true);

    timers.advance(20_000); // 30 s after their heads
    await vi.waitFor(() => expect(bodies.filter((c) => c.closed())).toHaveLength(20));
    expect(await ping(cashier)).toBe(true);
  });

  it('a kept-alive connection with no request under way is closed after the idle time', async () => {
    host = await startHost(t.hall, { timers });
    const c = await connection('127.0.0.1');
    let answered = '';
    c.socket.on('data', (d: Buffer) => (answered += d.toString()));
    c.socket.write(postHead('system.health', host.port, { 'content-length': 2 }) + '{}');
    await vi.waitFor(() => expect(answered).toMatch(/^HTTP\/1\.1 200/));
    expect(host.connections.phases().idle).toBe(1);
    timers.advance(4_000);
    expect(c.closed()).toBe(false);
    timers.advance(1_001);
    await vi.waitFor(() => expect(c.closed()).toBe(true));
  });
});

describe('connection caps', () => {
  it('one address may hold maxConnectionsPerSource; more are closed at once, other addresses are not', async () => {
    t.hall.config.net.maxConnectionsPerSource = 3;
    host = await startHost(t.hall, { timers });
    const mine: Conn[] = [];
    for (let i = 0; i < 4; i++) mine.push(await connection('127.0.0.3'));
    await vi.waitFor(() => expect(mine.map((c) => c.closed())).toEqual([false, false, false, true]));
    const other = await connection('127.0.0.4');
    await vi.waitFor(() => expect(host.connections.count('127.0.0.4')).toBe(1));
    expect(other.closed()).toBe(false);
    expect(host.connections.count('127.0.0.3')).toBe(3);
  });

  it('the host holds maxConnections in all', async () => {
    t.hall.config.net.maxConnections = 5;
    host = await startHost(t.hall, { timers });
    const all: Conn[] = [];
    for (let i = 0; i < 6; i++) all.push(await connection(`127.0.0.${10 + i}`));
    await vi.waitFor(() => expect(all.filter((c) => c.closed())).toHaveLength(1));
    expect(all[5]!.closed()).toBe(true);
    // a closed one frees its place
    all[0]!.socket.destroy();
    await vi.waitFor(() => expect(host.connections.count()).toBe(4));
    const next = await connection('127.0.0.20');
    await vi.waitFor(() => expect(host.connections.count()).toBe(5));
    expect(next.closed()).toBe(false);
  });
});

// The API carries a version (issue 20): derived from the contract, on every answer of the host;
// a screen built from another contract is told to reload (coded reload_required) rather than
// have its calls read differently, and shows it. So is its event socket: before, a hello said no
// version and an old screen went on hearing events it might read differently, with no notice.
// `?hall=` is followed only to a listed hall.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import { API_VERSION, API_VERSION_HEADER, contractText } from '../../../shared/api/version.ts';
import { HallClient, type HallNotice } from '../../../renderer/client/client.ts';
import { chooseHall } from '../../../renderer/client/hall-origin.ts';
import { rawExchange } from '../../support/raw-http.ts';
import type { ApiResponse } from '../../../shared/errors.ts';
import { SOCKET_CLOSE } from '../../../electron/hall/transport/ws.ts';
import { httpTransport } from '../../../renderer/client/transport-http.ts';
import type { ConnectionStatus } from '../../../renderer/client/transport.ts';
import { ManualTimers } from '../../support/manual-timers.ts';

let t: TestHall;
let host: HallHost;
const opened: WebSocket[] = [];
beforeEach(async () => {
  t = testHall();
  t.hall.config.staticDir = t.dir;
  t.hall.config.net.hallOrigins = ['http://192.168.1.20:8731'];
  writeFileSync(join(t.dir, 'index.html'), '<!doctype html><html><head><title>screen</title></head><body></body></html>');
  host = await startHost(t.hall);
});
afterEach(async () => {
  for (const socket of opened.splice(0)) socket.terminate();
  await host.close();
  t.close();
});

const call = (headers: Record<string, string>) =>
  fetch(`${host.url}/api/system.health`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('the API version', () => {
  it('is derived from the contract and sent with every answer, refusals included', async () => {
    expect(API_VERSION).toMatch(/^[0-9a-z]{6,12}$/);
    expect(contractText()).toContain('"ledger.recordPayment"');
    for (const res of [await call({}), await fetch(`${host.url}/counter`), await fetch(`${host.url}/nothing.js`)]) expect(res.headers.get(API_VERSION_HEADER)).toBe(API_VERSION);
    const refused = await rawExchange(host.port, `GET / HTTP/1.1\r\nhost: evil.example:${host.port}\r\nconnection: close\r\n\r\n`);
    expect(refused.headers[API_VERSION_HEADER]).toBe(API_VERSION);
  });

  it('a call declaring another version is told to reload, in its language; the same version or none is answered', async () => {
    const old = await call({ [API_VERSION_HEADER]: 'an-older-one', 'x-counterdesk-locale': 'en' });
    expect(old.status).toBe(409);
    expect(await old.json()).toMatchObject({ ok: false, error: { code: 'reload_required', message: 'The hall service has been updated: reload this page before going on' } });
    expect(((await (await call({ [API_VERSION_HEADER]: API_VERSION })).json()) as ApiResponse).ok).toBe(true);
    expect(((await (await call({})).json()) as ApiResponse).ok).toBe(true);
  });

  it('the screen’s client raises the reload notice when told', async () => {
    const client = new HallClient({
      call: () => Promise.resolve({ ok: false, error: { code: 'reload_required', message: 'reload', params: {} } }),
      subscribe: () => () => undefined,
    });
    const seen: HallNotice[][] = [];
    client.onNotices((n) => seen.push(n));
    await expect(client.call('system.health', {})).rejects.toMatchObject({ code: 'reload_required' });
    expect(seen.at(-1)).toEqual([{ key: 'reloadRequired' }]);
  });
});

/** An event socket that says hello with `apiVersion` (left out when undefined), as a screen of that build does. */
function listen(token: string, apiVersion: string | null | undefined) {
  const ws = new WebSocket(`${host.url.replace('http', 'ws')}/events`);
  opened.push(ws);
  const frames: Array<{ type: string; name?: string; code?: string; error?: unknown }> = [];
  let closedWith: number | null = null;
  const first = new Promise<(typeof frames)[number] | 'closed'>((resolve) => {
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as (typeof frames)[number];
      frames.push(frame);
      resolve(frame);
    });
    ws.on('close', (code) => {
      closedWith = code;
      resolve('closed');
    });
  });
  ws.on('open', () => ws.send(JSON.stringify(apiVersion === undefined ? { type: 'hello', token } : { type: 'hello', token, apiVersion })));
  return { first, events: () => frames.filter((f) => f.type === 'event').map((f) => f.name), closedWith: () => closedWith };
}

describe('the event socket’s hello', () => {
  it('from another version, or without one, gets the reload answer HTTP gives and hears no event; the current one does', async () => {
    const manager = await t.login('9001', '9999', null);
    const httpAnswer = (await (await call({ [API_VERSION_HEADER]: 'an-older-one' })).json()) as ApiResponse;
    const older = listen(manager, 'an-older-one');
    const unsaid = listen(manager, undefined);
    const current = listen(manager, API_VERSION);
    const fromSources = listen(manager, null);
    for (const old of [older, unsaid]) {
      expect(await old.first).toEqual({ type: 'rejected', code: 'reload_required', error: httpAnswer.ok ? null : httpAnswer.error });
    }
    expect(await current.first).toMatchObject({ type: 'welcome', role: 'manager' });
    expect(await fromSources.first).toMatchObject({ type: 'welcome', role: 'manager' });

    // something every manager hears: a device asks to be paired
    await t.hall.dispatcher.call({ token: null, source: '10.0.0.9' }, 'pairing.request', { terminalId: 'new-tv', screen: 'display' });
    await vi.waitFor(() => expect(current.events()).toEqual(['pairing.changed']));
    await vi.waitFor(() => expect(fromSources.events()).toEqual(['pairing.changed']));
    for (const old of [older, unsaid]) {
      await vi.waitFor(() => expect(old.closedWith()).toBe(SOCKET_CLOSE.reloadRequired));
      expect(old.events()).toEqual([]);
    }
    expect(host.sockets.clientCount()).toBe(2);
  });

  it('a browser screen of another build shows the reload notice and does not dial again', async () => {
    const manager = await t.login('9001', '9999', null);
    const timers = new ManualTimers();
    const client = new HallClient(httpTransport(host.url, timers, 'an-older-one'));
    const notices: HallNotice[][] = [];
    const statuses: ConnectionStatus[] = [];
    client.onNotices((n) => notices.push(n));
    client.onStatus((s) => statuses.push(s));
    client.setToken(manager);
    client.connectEvents();
    try {
      await vi.waitFor(() => expect(notices.at(-1)).toEqual([{ key: 'reloadRequired' }]));
      await vi.waitFor(() => expect(statuses.at(-1)).toBe('offline'));
      expect(statuses).not.toContain('online');
      timers.advance(60_000);
      expect(statuses.at(-1)).toBe('offline');
      expect(timers.size).toBe(0);
    } finally {
      client.close();
    }
  });
});

describe('?hall= in a browser screen', () => {
  const PAGE = 'http://192.168.1.10:8731';
  const LISTED = ['http://192.168.1.20:8731'];

  it('is followed to the page’s own origin or a hall the host lists', () => {
    expect(chooseHall('', PAGE, LISTED)).toEqual({ base: PAGE, ignored: null });
    expect(chooseHall(`?hall=${encodeURIComponent(`${PAGE}/`)}`, PAGE, LISTED)).toEqual({ base: PAGE, ignored: null });
    expect(chooseHall('?hall=http://192.168.1.20:8731', PAGE, LISTED)).toEqual({ base: 'http://192.168.1.20:8731', ignored: null });
  });

  it('anything else is ignored, and said', () => {
    for (const hall of ['https://evil.example', 'http://192.168.1.20:9999', 'javascript:alert(1)', 'not a url', '//evil.example']) {
      expect(chooseHall(`?hall=${encodeURIComponent(hall)}`, PAGE, LISTED)).toEqual({ base: PAGE, ignored: hall });
    }
  });

  it('the host tells its pages which halls it lists', async () => {
    const html = await (await fetch(`${host.url}/display`)).text();
    expect(html).toContain('<head><meta name="counterdesk-hall-origins" content="http://192.168.1.20:8731">');
  });
});

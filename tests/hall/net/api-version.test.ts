// The API carries a version (issue 20): derived from the contract, on every answer of the host;
// a screen built from another contract is told to reload (coded reload_required) rather than
// have its calls read differently, and shows it. `?hall=` is followed only to a listed hall.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import { API_VERSION, API_VERSION_HEADER, contractText } from '../../../shared/api/version.ts';
import { HallClient, type HallNotice } from '../../../renderer/client/client.ts';
import { chooseHall } from '../../../renderer/client/hall-origin.ts';
import { rawExchange } from '../../support/raw-http.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

let t: TestHall;
let host: HallHost;
beforeEach(async () => {
  t = testHall();
  t.hall.config.staticDir = t.dir;
  t.hall.config.net.hallOrigins = ['http://192.168.1.20:8731'];
  writeFileSync(join(t.dir, 'index.html'), '<!doctype html><html><head><title>screen</title></head><body></body></html>');
  host = await startHost(t.hall);
});
afterEach(async () => {
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

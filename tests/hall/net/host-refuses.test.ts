// The host holds (issue 20): before this, a request body of up to 300 MiB was read before the
// token was looked at (one anonymous 200 MiB POST took the host from 231 to 1,001 MiB), a
// `text/plain` POST was taken as JSON, any Host header was answered (DNS rebinding reaches a
// loopback host from a web page) and no answer said CSP, nosniff or frame-ancestors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import { openRaw, postHead, rawExchange, untilClosed } from '../../support/raw-http.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

let t: TestHall;
let host: HallHost;
beforeEach(async () => {
  t = testHall();
  t.hall.config.staticDir = t.dir;
  t.hall.config.net.allowedHosts = ['hall.branch.lan'];
  writeFileSync(join(t.dir, 'index.html'), '<!doctype html><title>screen</title>');
  host = await startHost(t.hall, { addresses: ['192.168.1.10'] });
});
afterEach(async () => {
  await host.close();
  t.close();
});

const post = (method: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const errorOf = (text: string) => (JSON.parse(text) as ApiResponse & { ok: false }).error;

describe('the caller is known before the body is read', () => {
  it('an anonymous POST declaring 200 MiB is refused at once, in the caller’s language, unread, and the connection closed', async () => {
    // only 1 KiB of the 200 MiB is ever sent: the answer must not wait for the rest
    const answer = await rawExchange(host.port, postHead('session.login', host.port, { 'content-length': 200 * 1024 * 1024, 'x-counterdesk-locale': 'en' }), 'x'.repeat(1024));
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(errorOf(answer.body)).toMatchObject({ code: 'invalid_input', key: 'errors:bodyTooLarge', params: { limitKb: 4 }, message: 'What was sent is too large (at most 4 KB)' });
  });

  it('a chunked anonymous body stops being read at 4 KiB', async () => {
    const socket = await openRaw(host.port);
    const closed = untilClosed(socket);
    socket.write(postHead('session.login', host.port, { 'transfer-encoding': 'chunked' }));
    socket.write(`1400\r\n${'x'.repeat(0x1400)}\r\n`); // 5 KiB, and the body never ends
    const answer = await closed;
    expect(answer.status).toBe(413);
    expect(errorOf(answer.body)).toMatchObject({ key: 'errors:bodyTooLarge', params: { limitKb: 4 } });
  });

  it('a stale token is answered before its body is read', async () => {
    const answer = await rawExchange(host.port, postHead('system.ping', host.port, { 'content-length': 50 * 1024 * 1024, authorization: 'Bearer no-such-token' }), '{');
    expect(errorOf(answer.body)).toMatchObject({ code: 'session_expired' });
  });

  it('the method’s own limit is for a caller allowed that method: others get the anonymous 4 KiB', async () => {
    const cashier = await t.login();
    const manager = await t.login('9001', '9999', null);
    const sixKb = JSON.stringify({ fileName: 'a.csv', contentBase64: 'x'.repeat(6 * 1024) });
    const byCashier = await post('accounts.importPreview', sixKb, { authorization: `Bearer ${cashier}` });
    expect(byCashier.status).toBe(413);
    expect(errorOf(await byCashier.text())).toMatchObject({ key: 'errors:bodyTooLarge', params: { limitKb: 4 } });
    // the manager's upload is read whole (and then judged on its content, not its size)
    const byManager = await post('accounts.importPreview', sixKb, { authorization: `Bearer ${manager}` });
    expect(byManager.status).toBe(200);
    expect(errorOf(await byManager.text()).key).not.toBe('errors:bodyTooLarge');
    // a signed-in caller's ordinary call is read past 4 KiB (and refused for what it says)
    const longNote = await post('system.ping', JSON.stringify({ note: 'x'.repeat(6 * 1024) }), { authorization: `Bearer ${cashier}` });
    expect(errorOf(await longNote.text())).toMatchObject({ code: 'invalid_input' });
    expect(errorOf(await (await post('system.ping', JSON.stringify({ note: 'x'.repeat(6 * 1024) }), { authorization: `Bearer ${cashier}` })).text()).key).toBeUndefined();
  });

  it('a body that is not declared application/json is refused with 415 (text/plain is what a page can send without asking)', async () => {
    const res = await fetch(`${host.url}/api/session.login`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-counterdesk-locale': 'en' }, body: '{"operatorCode":"1001","pin":"1234","terminalId":"x","windowNo":1}' });
    expect(res.status).toBe(415);
    expect(errorOf(await res.text())).toMatchObject({ code: 'invalid_input', key: 'errors:notJson', message: 'What is sent must be JSON (application/json)' });
    expect(t.hall.db.prepare("SELECT count(*) AS n FROM sessions WHERE terminal_id = 'x'").get()).toEqual({ n: 0 });
  });
});

describe('the host answers only to its own names', () => {
  const getWithHost = (hostHeader: string, path = '/api/system.health') =>
    rawExchange(host.port, path.startsWith('/api/') ? postHead(path.slice(5), host.port, { host: hostHeader, connection: 'close', 'content-length': 2 }) : `GET ${path} HTTP/1.1\r\nhost: ${hostHeader}\r\nconnection: close\r\n\r\n`, path.startsWith('/api/') ? '{}' : '');

  it('a foreign Host (a rebound DNS name) is refused with 421, calls and screens alike', async () => {
    for (const path of ['/api/system.health', '/counter']) {
      const answer = await getWithHost(`evil.example:${host.port}`, path);
      expect(answer.status).toBe(421);
      expect(errorOf(answer.body)).toMatchObject({ code: 'forbidden', key: 'errors:hostRefused' });
    }
    expect((await getWithHost(`127.0.0.1:${host.port + 1}`)).status).toBe(421);
    expect((await getWithHost('')).status).toBe(421);
  });

  it('localhost, loopback, the host’s own address and a configured LAN name are answered', async () => {
    for (const name of ['localhost', '127.0.0.1', '[::1]', '192.168.1.10', 'hall.branch.lan', 'HALL.branch.lan']) {
      const answer = await getWithHost(`${name}:${host.port}`);
      expect({ name, status: answer.status }).toEqual({ name, status: 200 });
    }
  });

  it('every answer says CSP (frame-ancestors none), nosniff, DENY and no-referrer', async () => {
    for (const path of ['/api/system.health', '/counter', '/no-such-file.js']) {
      const answer = await getWithHost(`127.0.0.1:${host.port}`, path);
      expect(answer.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
      const csp = answer.headers['content-security-policy'] ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${host.port}`);
    }
  });
});

// Anonymous device sessions are gone (issue 20): over the LAN, `session.openDevice` needs a
// paired device's token, and the session is what the device was paired as, whatever the call
// claims. Before this, any client that reached the port named itself a kiosk and took a session
// (999 priority tickets in 7 s). The shell's own windows (IPC) and in-process callers stay trusted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';
import { pairingManager } from '../../support/pairing.ts';
import { startHost, type HallHost } from '../../../electron/hall/transport/host.ts';
import { callOverHttp, type CallAuth } from '../../support/http-call.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

let t: TestHall;
let host: HallHost;
let manager: string;
beforeEach(async () => {
  t = testHall({ config: { pairing: { unusedDays: 5 } } });
  t.hall.config.port = 0;
  host = await startHost(t.hall);
  manager = await pairingManager(t.hall);
});
afterEach(async () => {
  await host.close();
  t.close();
});

const post = (method: string, input: unknown, auth: CallAuth = {}): Promise<ApiResponse> => callOverHttp(host.url, method, input, auth);
const keyOf = (r: ApiResponse) => (r.ok ? 'ok' : (r.error.key ?? r.error.code));
const result = <T>(r: ApiResponse): T => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.result as T;
};
const deviceSessions = () => t.hall.db.prepare("SELECT count(*) FROM sessions WHERE operator_id IS NULL").pluck().get() as number;

/** A device pairs over HTTP as the browser screen does; the manager confirms its code. */
async function pairOverHttp(screen: 'display' | 'kiosk' | 'customerDisplay' | 'counter', terminalId: string, windowNo: number | null = null): Promise<string> {
  const asked = result<{ code: string; deviceToken: string }>(await post('pairing.request', { terminalId, screen, windowNo }));
  await t.call('pairing.confirm', { code: asked.code, role: screen, windowNo }, manager);
  return asked.deviceToken;
}

describe('session.openDevice over the LAN', () => {
  it('is refused without a paired device, whatever role and terminal it names', async () => {
    for (const role of ['kiosk', 'display', 'customerDisplay'] as const) {
      const refused = await post('session.openDevice', { role, terminalId: 'main', windowNo: role === 'customerDisplay' ? 1 : null });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'net:errors.pairingRequired' } });
    }
    // a garbage or pending device token is no better
    expect(keyOf(await post('session.openDevice', { role: 'kiosk', terminalId: 'main' }, { device: 'x'.repeat(43) }))).toBe('net:errors.deviceNotPaired');
    const pending = result<{ deviceToken: string }>(await post('pairing.request', { terminalId: 'sneaky', screen: 'kiosk' }));
    expect(keyOf(await post('session.openDevice', {}, { device: pending.deviceToken }))).toBe('net:errors.deviceNotPaired');
    expect(deviceSessions()).toBe(0);
  });

  it('gives a paired kiosk a kiosk session under its paired name, not the one it claims; another role is refused', async () => {
    const device = await pairOverHttp('kiosk', 'lobby-kiosk');
    expect(keyOf(await post('session.openDevice', { role: 'display' }, { device }))).toBe('net:errors.notPairedAs');
    const opened = result<{ token: string; role: string; terminalId: string; windowNo: number | null }>(
      await post('session.openDevice', { role: 'kiosk', terminalId: 'someone-else', windowNo: 3 }, { device }),
    );
    expect(opened).toMatchObject({ role: 'kiosk', terminalId: 'lobby-kiosk', windowNo: null });
    const ticket = await post('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, { token: opened.token, device });
    expect(keyOf(ticket)).toBe('ok');
    const audit = t.hall.db.prepare("SELECT subject, source FROM audit_log WHERE action = 'session.openDevice'").all();
    expect(audit).toEqual([{ subject: 'lobby-kiosk', source: '127.0.0.1' }]);
  });

  it('opens a counter PC’s customer display for its own window only', async () => {
    const device = await pairOverHttp('counter', 'pc-2', 2);
    expect(result<{ role: string; windowNo: number }>(await post('session.openDevice', {}, { device }))).toMatchObject({ role: 'customerDisplay', windowNo: 2, terminalId: 'pc-2' });
    expect(keyOf(await post('session.openDevice', { role: 'kiosk' }, { device }))).toBe('net:errors.notPairedAs');
  });

  it('ends a device’s sessions when its pairing is revoked, and refuses to open new ones', async () => {
    const device = await pairOverHttp('display', 'hall-tv');
    const { token } = result<{ token: string }>(await post('session.openDevice', {}, { device }));
    expect(keyOf(await post('queue.board', {}, { token, device }))).toBe('ok');
    // over the LAN the session works only beside its device's token: a session token carried off alone is refused
    expect(keyOf(await post('queue.board', {}, { token }))).toBe('net:errors.sessionOtherDevice');
    const [listed] = (await t.call('pairing.devices', {}, manager)).devices;
    await t.call('pairing.revoke', { deviceId: listed!.id }, manager);
    expect(keyOf(await post('queue.board', {}, { token, device }))).toBe('net:errors.deviceNotPaired');
    // the session alone is refused for the revocation, the truer reason
    expect(keyOf(await post('queue.board', {}, { token }))).toBe('net:errors.deviceNotPaired');
    expect(() => t.hall.dispatcher.callerFor({ token })).toThrow(/deviceNotPaired/);
    expect(keyOf(await post('session.openDevice', {}, { device }))).toBe('net:errors.deviceNotPaired');
  });

  it('refuses a device token left unused longer than the configured days', async () => {
    const device = await pairOverHttp('display', 'spare-tv');
    t.clock.advance(5 * 86_400_000 + 1);
    expect(keyOf(await post('session.openDevice', {}, { device }))).toBe('net:errors.deviceNotPaired');
  });
});

describe('trusted callers', () => {
  it('the shell’s own windows (IPC) and in-process callers name their device sessions', async () => {
    const ipc = await t.hall.dispatcher.call({ token: null, source: 'ipc:pc1.kiosk' }, 'session.openDevice', { role: 'kiosk', terminalId: 'pc1.kiosk' });
    expect(ipc).toMatchObject({ ok: true, result: { role: 'kiosk', terminalId: 'pc1.kiosk' } });
    expect(await t.raw('session.openDevice', { role: 'display', terminalId: 'cli-tv' })).toMatchObject({ ok: true, result: { role: 'display' } });
    // but they must say which
    expect(await t.raw('session.openDevice', { terminalId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

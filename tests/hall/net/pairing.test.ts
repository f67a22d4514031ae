// Pairing (issue 20): before it, any LAN client took a kiosk, display or customer-display
// session by naming itself. A device now asks, shows a code, a manager confirms that code with
// a role, and the device's token (kept only as a hash) stands for that role, terminal and window
// until it is revoked or goes unused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { testHall, type TestHall } from '../../support/hall.ts';
import { pairDevice, pairingManager } from '../../support/pairing.ts';
import type { ApiResponse } from '../../../shared/errors.ts';
import type { Output } from '../../../shared/api/index.ts';

let t: TestHall;
let manager: string;
beforeEach(async () => {
  t = testHall();
  manager = await pairingManager(t.hall);
});
afterEach(() => t.close());

const keyOf = (r: ApiResponse) => (r.ok ? 'ok' : (r.error.key ?? r.error.code));
const ask = (source: string, input: Record<string, unknown> = {}) =>
  t.hall.dispatcher.call({ token: null, source }, 'pairing.request', { terminalId: 'lobby-tv', screen: 'display', ...input });
const result = <T>(r: ApiResponse) => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.result as T;
};
const status = async (deviceToken: string) => result<Output<'pairing.status'>>(await t.raw('pairing.status', { deviceToken }));
const audit = (action: string) => t.hall.db.prepare('SELECT subject, details, source, operator_code FROM audit_log WHERE action = ? ORDER BY id').all(action) as Array<{ subject: string; details: string; source: string | null; operator_code: string | null }>;

describe('a device asks, a manager confirms its code', () => {
  it('round trip: code and token, pending without the code, confirmed as a kiosk, token bound to it, audited with the source', async () => {
    const asked = result<Output<'pairing.request'>>(await ask('10.0.0.31', { terminalId: 'lobby-kiosk', screen: 'kiosk' }));
    expect(asked.code).toMatch(/^[0-9]{6}$/);
    expect(asked.deviceToken.length).toBeGreaterThanOrEqual(32);
    expect(asked.autoConfirmed).toBe(false);
    expect(await status(asked.deviceToken)).toEqual({ state: 'pending', device: null });
    // the token is not a device's until a manager confirms
    expect(() => t.hall.dispatcher.callerFor({ token: null, device: asked.deviceToken })).toThrow(/deviceNotPaired/);

    const pending = await t.call('pairing.pending', {}, manager);
    expect(pending.requests).toEqual([expect.objectContaining({ terminalId: 'lobby-kiosk', screen: 'kiosk', source: '10.0.0.31' })]);
    expect(JSON.stringify(pending)).not.toContain(asked.code);

    const confirmed = await t.hall.dispatcher.call({ token: manager, source: '10.0.0.2' }, 'pairing.confirm', { code: asked.code, role: 'kiosk', windowNo: null });
    expect(confirmed).toMatchObject({ ok: true, result: { role: 'kiosk', terminalId: 'lobby-kiosk', windowNo: null, pairedBy: '9001', auto: false, revokedAt: null } });
    expect(await status(asked.deviceToken)).toEqual({ state: 'paired', device: { role: 'kiosk', terminalId: 'lobby-kiosk', windowNo: null, auto: false } });
    expect(t.hall.dispatcher.callerFor({ token: null, device: asked.deviceToken }).device).toMatchObject({ role: 'kiosk', terminalId: 'lobby-kiosk', windowNo: null });

    // only the hash is kept
    const stored = t.hall.db.prepare('SELECT token_sha256 FROM paired_devices').pluck().all() as string[];
    expect(stored).toEqual([createHash('sha256').update(asked.deviceToken).digest('hex')]);
    expect(JSON.stringify(t.hall.db.prepare('SELECT * FROM pairing_requests').all())).not.toContain(asked.deviceToken);

    expect(audit('pairing.requested')).toEqual([expect.objectContaining({ subject: 'lobby-kiosk', source: '10.0.0.31' })]);
    expect(audit('pairing.confirmed')).toEqual([expect.objectContaining({ subject: 'lobby-kiosk', source: '10.0.0.2', operator_code: '9001' })]);
    expect((await t.call('pairing.pending', {}, manager)).requests).toEqual([]);
  });

  it('a wrong code, a window-bound role without its window and a display with one are refused; a cashier cannot confirm', async () => {
    const asked = result<Output<'pairing.request'>>(await ask('10.0.0.31'));
    const wrong = asked.code === '000000' ? '000001' : '000000';
    expect(keyOf(await t.raw('pairing.confirm', { code: wrong, role: 'display' }, manager))).toBe('net:errors.pairingCodeUnknown');
    expect(keyOf(await t.raw('pairing.confirm', { code: asked.code, role: 'customerDisplay', windowNo: null }, manager))).toBe('net:errors.pairingNeedsWindow');
    expect(keyOf(await t.raw('pairing.confirm', { code: asked.code, role: 'display', windowNo: 1 }, manager))).toBe('net:errors.pairingNoWindow');
    expect(keyOf(await t.raw('pairing.confirm', { code: asked.code, role: 'counter', windowNo: 42 }, manager))).toBe('errors:notFound.window');
    const cashier = await t.login('1001', '1234', 1);
    expect(keyOf(await t.raw('pairing.confirm', { code: asked.code, role: 'display' }, cashier))).toBe('forbidden');
    expect(keyOf(await t.raw('pairing.pending', {}, cashier))).toBe('forbidden');
    expect((await t.call('pairing.confirm', { code: asked.code, role: 'counter', windowNo: 2 }, manager)).windowNo).toBe(2);
    // a code is confirmed once
    expect(keyOf(await t.raw('pairing.confirm', { code: asked.code, role: 'display' }, manager))).toBe('net:errors.pairingCodeUnknown');
  });

  it('an unconfirmed request expires after its minutes: its code no longer confirms', async () => {
    const asked = result<Output<'pairing.request'>>(await ask('10.0.0.31'));
    t.clock.advance(10 * 60_000 + 1);
    expect(await status(asked.deviceToken)).toEqual({ state: 'expired', device: null });
    expect(keyOf(await t.raw('pairing.confirm', { code: asked.code, role: 'display' }, manager))).toBe('net:errors.pairingCodeUnknown');
    expect((await t.call('pairing.pending', {}, manager)).requests).toEqual([]);
  });
});

describe('revoked and unused tokens stop working', () => {
  it('a revoked token is refused at once and says so to the device; the revocation is audited', async () => {
    const { deviceToken, device } = await pairDevice(t.hall, manager, { role: 'display', terminalId: 'tv-1' });
    expect(t.hall.dispatcher.callerFor({ token: null, device: deviceToken }).device?.id).toBe(device.id);
    expect(await t.call('pairing.revoke', { deviceId: device.id }, manager)).toEqual({ revoked: true });
    const refused = await t.hall.dispatcher.call({ token: null, device: deviceToken, source: '10.0.0.50' }, 'system.health', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'session_expired', key: 'net:errors.deviceNotPaired' } });
    expect(await status(deviceToken)).toMatchObject({ state: 'revoked' });
    expect((await t.call('pairing.devices', {}, manager)).devices).toEqual([expect.objectContaining({ id: device.id, revokedAt: expect.any(String) as string })]);
    expect(audit('pairing.revoked').map((a) => a.subject)).toEqual(['tv-1']);
    expect(await t.call('pairing.revoke', { deviceId: device.id }, manager)).toEqual({ revoked: false });
  });

  it('a token unused for the configured days expires; each use moves the expiry on', async () => {
    t.close();
    t = testHall({ config: { pairing: { unusedDays: 3 } } });
    manager = await pairingManager(t.hall);
    const kept = await pairDevice(t.hall, manager, { role: 'display', terminalId: 'tv-used' });
    const idle = await pairDevice(t.hall, manager, { role: 'display', terminalId: 'tv-idle' });
    t.clock.advance(2 * 86_400_000);
    t.hall.dispatcher.callerFor({ token: null, device: kept.deviceToken });
    t.clock.advance(2 * 86_400_000);
    expect(t.hall.dispatcher.callerFor({ token: null, device: kept.deviceToken }).device?.terminalId).toBe('tv-used');
    expect(() => t.hall.dispatcher.callerFor({ token: null, device: idle.deviceToken })).toThrow(/deviceNotPaired/);
    expect(await status(idle.deviceToken)).toMatchObject({ state: 'expired' });
    // the manager's session of four days ago has ended: sign in again
    const listed = (await t.call('pairing.devices', {}, await pairingManager(t.hall))).devices;
    expect(listed.find((d) => d.terminalId === 'tv-used')?.lastSeenAt).toBe(t.clock.now().toISOString());
  });
});

describe('asking is limited per source', () => {
  it('the 6th unconfirmed request from one address within 10 minutes is refused with the limit in words; another address still asks; later it may again', async () => {
    for (let i = 0; i < 5; i++) expect(keyOf(await ask('10.0.0.66', { terminalId: `flood-${i}` }))).toBe('ok');
    const sixth = await ask('10.0.0.66', { terminalId: 'flood-6' });
    expect(sixth).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'net:errors.pairingRequestsLimited', params: { count: 5, minutes: 10 } } });
    if (!sixth.ok) expect(sixth.error.message).toContain('10');
    expect(keyOf(await ask('10.0.0.67'))).toBe('ok');
    t.clock.advance(10 * 60_000 + 1);
    expect(keyOf(await ask('10.0.0.66', { terminalId: 'flood-7' }))).toBe('ok');
  });

  it('confirmed requests do not count: one address pairs device after device', async () => {
    for (let i = 0; i < 8; i++) await pairDevice(t.hall, manager, { role: 'display', terminalId: `tv-${i}`, source: '10.0.0.70' });
    expect((await t.call('pairing.devices', {}, manager)).devices).toHaveLength(8);
  });

  it('no more than 30 requests wait at once, whatever their sources', async () => {
    for (let i = 0; i < 30; i++) expect(keyOf(await ask(`10.0.1.${i}`))).toBe('ok');
    expect(keyOf(await ask('10.0.2.1'))).toBe('net:errors.pairingBusy');
  });
});

describe('the demo pairs its own screens', () => {
  it('with autoConfirmLocal, a loopback request is paired at once as it asked (and says so); a LAN one still waits for a manager', async () => {
    t.close();
    t = testHall({ config: { pairing: { autoConfirmLocal: true } } });
    const local = result<Output<'pairing.request'>>(await ask('127.0.0.1', { terminalId: 'cd-1', screen: 'customerDisplay', windowNo: 1 }));
    expect(local.autoConfirmed).toBe(true);
    expect(await status(local.deviceToken)).toEqual({ state: 'paired', device: { role: 'customerDisplay', terminalId: 'cd-1', windowNo: 1, auto: true } });
    expect(audit('pairing.autoConfirmed').map((a) => a.subject)).toEqual(['cd-1']);
    const lan = result<Output<'pairing.request'>>(await ask('10.0.0.31'));
    expect(lan.autoConfirmed).toBe(false);
    // a window that does not exist is not made up
    expect(result<Output<'pairing.request'>>(await ask('127.0.0.1', { terminalId: 'cd-9', screen: 'customerDisplay', windowNo: 42 })).autoConfirmed).toBe(false);
  });

  it('without it (a real hall), a loopback request waits like any other', async () => {
    expect(result<Output<'pairing.request'>>(await ask('127.0.0.1')).autoConfirmed).toBe(false);
  });
});

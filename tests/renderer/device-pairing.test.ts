// A browser screen pairs before it gets a session: the code is shown until a manager confirms
// it, the token is kept in localStorage, and a revoked pairing makes the screen pair again.
// The client runs against a real hall, as a LAN caller (the transport below is what HTTP carries).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HallClient } from '../../renderer/client/client.ts';
import { ensureCounterPairing, ensureDeviceSession, type PairingView } from '../../renderer/client/device-session.ts';
import type { Transport } from '../../renderer/client/transport.ts';
import { testHall, type TestHall } from '../support/hall.ts';
import { pairingManager } from '../support/pairing.ts';
import type { PairingRole } from '../../shared/api/pairing.api.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

let t: TestHall;
let manager: string;
beforeEach(async () => {
  t = testHall();
  manager = await pairingManager(t.hall);
});
afterEach(() => t.close());

function lanClient(): HallClient {
  const transport: Transport = {
    call: (method, input, token, locale, device) => t.hall.dispatcher.call({ token, locale, source: '10.0.0.77', device: device ?? null }, method, input),
    subscribe: () => () => undefined,
  };
  return new HallClient(transport);
}

/** The screen's views, kept in `views`; the manager confirms each new code the screen shows, as `role` at `windowNo`. */
function managerConfirms(views: Array<PairingView | null>, role: PairingRole, windowNo: number | null): (view: PairingView | null) => void {
  return (view) => {
    views.push(view);
    if (view?.phase === 'code' && views.filter((v) => v?.phase === 'code' && v.code === view.code).length === 1) {
      void t.call('pairing.confirm', { code: view.code, role, windowNo }, manager);
    }
  };
}

describe('a browser screen pairs, then opens its session', () => {
  it('shows its code until the manager confirms, keeps the token, and pairs again after a revocation', async () => {
    const storage = memoryStorage();
    const views: Array<PairingView | null> = [];
    const confirmWhenShown = managerConfirms(views, 'display', null);
    const client = lanClient();
    await ensureDeviceSession(client, { role: 'display', windowNo: null, locale: 'zh-CN', storage, search: '?terminal=hall-tv', onView: confirmWhenShown, pollMs: 1 });
    expect(views.find((v) => v?.phase === 'code')).toMatchObject({ terminalId: 'hall-tv', screen: 'display', code: expect.stringMatching(/^[0-9]{6}$/) as string });
    expect(views.at(-1)).toBeNull();
    expect(await client.call('session.whoami', {})).toMatchObject({ role: 'display', terminalId: 'hall-tv' });

    // a reload: no code, the same pairing
    views.length = 0;
    const reloaded = lanClient();
    await ensureDeviceSession(reloaded, { role: 'display', windowNo: null, locale: 'zh-CN', storage, search: '', onView: confirmWhenShown, pollMs: 1 });
    expect(views.filter((v) => v?.phase === 'code')).toEqual([]);

    // revoked: the screen is told, shows a new code and pairs again
    const [device] = (await t.call('pairing.devices', {}, manager)).devices;
    await t.call('pairing.revoke', { deviceId: device!.id }, manager);
    let told = 0;
    reloaded.onUnpaired(() => told++);
    await expect(reloaded.call('queue.board', {})).rejects.toThrow();
    expect(told).toBe(1);
    await ensureDeviceSession(reloaded, { role: 'display', windowNo: null, locale: 'zh-CN', storage, search: '', onView: confirmWhenShown, pollMs: 1 });
    expect(views.filter((v) => v?.phase === 'code')).toHaveLength(1);
    expect(await reloaded.call('session.whoami', {})).toMatchObject({ role: 'display', terminalId: 'hall-tv' });
    expect((await t.call('pairing.devices', {}, manager)).devices.filter((d) => d.revokedAt === null)).toHaveLength(1);
  });
});

describe('a counter PC in a browser pairs before anyone signs in', () => {
  it('its window is the one the manager chose, not the URL’s; a session ended under it is reported with the hall’s reason', async () => {
    const storage = memoryStorage();
    const views: Array<PairingView | null> = [];
    // the PC asks for window 3; the manager pairs it for window 2
    const confirmAs2 = managerConfirms(views, 'counter', 2);
    const client = lanClient();
    expect(await ensureCounterPairing(client, { askWindow: 3, storage, search: '?window=3', onView: confirmAs2, pollMs: 1 })).toBe(2);
    expect(views.find((v) => v?.phase === 'code')).toMatchObject({ screen: 'counter', windowNo: 3 });
    expect(client.pairedWindow).toBe(2);

    // it signs in at its window, and only there
    await expect(client.call('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'x', windowNo: 3 })).rejects.toThrow('这台电脑配对的是 2 号窗口，不能登录 3 号窗口');
    const session = await client.call('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'x', windowNo: 2 });
    client.setToken(session.token);

    // someone signs in at window 2 from the shell: this screen's next call tells it why it is out
    const ended: string[] = [];
    client.onSessionEnded((error) => ended.push(error.message));
    await t.hall.dispatcher.call({ token: null, source: 'ipc:counter-2' }, 'session.login', { operatorCode: '1002', pin: '1234', terminalId: 'counter-2', windowNo: 2 });
    await expect(client.call('queue.board', {})).rejects.toThrow();
    expect(ended).toEqual(['2 号窗口已由 刘建国（工号 1002）在别处登录，本机已退出']);

    // revoked: it pairs again (a new code) before its window is known again
    const [pc] = (await t.call('pairing.devices', {}, manager)).devices;
    await t.call('pairing.revoke', { deviceId: pc!.id }, manager);
    views.length = 0;
    const reloaded = lanClient();
    expect(await ensureCounterPairing(reloaded, { askWindow: 3, storage, search: '', onView: confirmAs2, pollMs: 1 })).toBe(2);
    expect(views.filter((v) => v?.phase === 'code')).toHaveLength(1);
  });
});

describe('a session ended under a screen', () => {
  it('is reported in the shell too, where the page holds no token (main keeps the window’s session)', async () => {
    const cashier = await t.login('1001', '1234', 1);
    // the shell's IPC transport: main adds the window's own session to every call
    const shellClient = new HallClient({ call: (method, input, _token, locale) => t.hall.dispatcher.call({ token: cashier, locale, source: 'ipc:counter-1' }, method, input), subscribe: () => () => undefined }, { shell: true });
    const ended: string[] = [];
    shellClient.onSessionEnded((error) => ended.push(error.message));
    await t.hall.dispatcher.call({ token: null, source: 'ipc:counter-1b' }, 'session.login', { operatorCode: '1002', pin: '1234', terminalId: 'counter-1b', windowNo: 1 });
    await expect(shellClient.call('queue.board', {})).rejects.toThrow();
    expect(ended).toEqual(['1 号窗口已由 刘建国（工号 1002）在别处登录，本机已退出']);
  });
});

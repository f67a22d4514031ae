// A browser screen pairs before it gets a session: the code is shown until a manager confirms
// it, the token is kept in localStorage, and a revoked pairing makes the screen pair again.
// The client runs against a real hall, as a LAN caller (the transport below is what HTTP carries).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HallClient } from '../../renderer/client/client.ts';
import { ensureDeviceSession, type PairingView } from '../../renderer/client/device-session.ts';
import type { Transport } from '../../renderer/client/transport.ts';
import { testHall, type TestHall } from '../support/hall.ts';
import { pairingManager } from '../support/pairing.ts';

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

describe('a browser screen pairs, then opens its session', () => {
  it('shows its code until the manager confirms, keeps the token, and pairs again after a revocation', async () => {
    const storage = memoryStorage();
    const views: Array<PairingView | null> = [];
    const confirmWhenShown = (view: PairingView | null) => {
      views.push(view);
      if (view?.phase === 'code' && views.filter((v) => v?.phase === 'code' && v.code === view.code).length === 1) {
        void t.call('pairing.confirm', { code: view.code, role: 'display', windowNo: null }, manager);
      }
    };
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

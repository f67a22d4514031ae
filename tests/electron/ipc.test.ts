// The IPC transport with Electron mocked (Electron cannot load in plain Node): calls go
// through the same dispatcher, the window's session wins over the page's, and events reach
// only windows whose role may see them.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { testHall, type TestHall } from '../support/hall.ts';

const handlers = new Map<string, (event: { sender: unknown }, ...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: { sender: unknown }, ...args: unknown[]) => unknown) => handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpc, trackContents } = await import('../../electron/main/ipc.ts');
const { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } = await import('../../shared/bridge.ts');

function fakeContents() {
  const sent: Array<{ channel: string; payload: { name: string } }> = [];
  return { sent, isDestroyed: () => false, send: (channel: string, payload: { name: string }) => sent.push({ channel, payload }) };
}

let t: TestHall;
afterEach(() => t?.close());

describe('IPC transport', () => {
  it('routes calls through the dispatcher with the window’s own session', async () => {
    t = testHall();
    const cashierToken = await t.login();
    const counterWindow = fakeContents();
    const displayWindow = fakeContents();
    const display = await t.call('session.openDevice', { role: 'display', terminalId: 'tv' });
    const tokens = new Map<unknown, string>([
      [counterWindow, cashierToken],
      [displayWindow, display.token],
    ]);
    const stop = registerIpc(t.hall.dispatcher, t.hall.bus, (sender) => tokens.get(sender) ?? null);
    trackContents(counterWindow as never);
    trackContents(displayWindow as never);
    const call = handlers.get(IPC_CALL_CHANNEL)!;

    // The display page claims the cashier's token; the window's own (display) session is used instead.
    const whoami = (await call({ sender: displayWindow }, 'session.whoami', {}, cashierToken)) as { ok: boolean; result: { role: string } };
    expect(whoami.result.role).toBe('display');

    const ping = (await call({ sender: counterWindow }, 'system.ping', {}, null)) as { ok: boolean };
    expect(ping.ok).toBe(true);
    expect(counterWindow.sent.map((s) => [s.channel, s.payload.name])).toEqual([[IPC_EVENT_CHANNEL, 'system.pinged']]);
    expect(displayWindow.sent.map((s) => s.payload.name)).toEqual(['system.pinged']);

    const bad = (await call({ sender: counterWindow }, 42, {}, null)) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    stop();
    expect(handlers.has(IPC_CALL_CHANNEL)).toBe(false);
  });
});

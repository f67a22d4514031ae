// A page running as a window of the Electron shell, without Electron: window.counterdesk is
// the preload's bridge, and behind it — in the test's Node process, through
// page.exposeFunction — the shell's real IPC router, window sessions and terminal admin,
// talking to the running hall over HTTP as a remote terminal does. Only the transport
// between page and main is the test's.
import type { Page } from '@playwright/test';
import { createIpcRouter } from '../../../electron/main/ipc.ts';
import { WindowSessions } from '../../../electron/main/window-sessions.ts';
import { remoteHallPort } from '../../../electron/main/hall-port.ts';
import { createTerminalAdmin, type TerminalAdminDeps } from '../../../electron/main/terminal-admin.ts';
import { planWindows, SCREEN_ROLES } from '../../../electron/main/window-plan.ts';
import { pairOverHttp } from '../../support/pairing.ts';
import { terminalFile } from '../../../electron/main/terminal-file.ts';
import { setupTerminalConfig, type WindowSpec } from '../../../shared/terminal-config.ts';
import { IPC_EVENT_CHANNEL, type ShellRequest } from '../../../shared/bridge.ts';

export interface ShellWindowHarness {
  /** The shell asks the page (as the admin key chord does). */
  request(request: ShellRequest): Promise<void>;
  exits: number;
  restarts: number;
  close(): Promise<void>;
}

async function loginOverHttp(url: string): Promise<string> {
  const res = await fetch(`${url}/api/session.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operatorCode: '9001', pin: '9999', terminalId: 'e2e-pairing', windowNo: null }) });
  return ((await res.json()) as { result: { token: string } }).result.token;
}

const MONITOR = { id: 1, primary: true, bounds: { x: 0, y: 0, width: 1366, height: 768 } };

export async function openAsShellWindow(page: Page, hallUrl: string, options: { spec: WindowSpec; dataDir: string; now?: () => number }): Promise<ShellWindowHarness> {
  const plan = planWindows([options.spec], [MONITOR])[0]!;
  // a remote terminal carries the token its host gave it when a manager paired it
  const role = SCREEN_ROLES[plan.screen];
  const manager = await loginOverHttp(hallUrl);
  const deviceToken = await pairOverHttp(hallUrl, manager, role === 'staff' ? { role: 'counter', terminalId: 'e2e-pc', windowNo: plan.windowNo ?? 1 } : { role, terminalId: plan.deviceName ?? 'e2e-pc', windowNo: plan.windowNo });
  const hall = remoteHallPort(hallUrl, deviceToken);
  const sessions = new WindowSessions(hall, 'e2e-pc', IPC_EVENT_CHANNEL);
  const harness = { exits: 0, restarts: 0 } as ShellWindowHarness;
  const deps: TerminalAdminDeps = {
    exit: () => harness.exits++,
    restart: () => harness.restarts++,
    now: options.now ?? (() => Date.parse('2026-11-23T02:00:00.000Z')),
    file: terminalFile(options.dataDir),
    running: setupTerminalConfig('e2e-pc'),
    displays: () => [{ n: 1, primary: true, width: 1366, height: 768 }],
    log: () => undefined,
  };
  const admin = createTerminalAdmin(deps);
  let frameUrl = 'about:blank';
  const contents = { id: 1, send: () => undefined, isDestroyed: () => false };
  const sender = {
    id: 1,
    get mainFrame() {
      return { url: frameUrl, processId: 1, routingId: 1 };
    },
  };
  const onCall = createIpcRouter(hall, sessions, admin);
  await sessions.attach(contents, plan);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) frameUrl = frame.url();
  });
  await page.exposeFunction('__shellCall', (method: string, input: unknown, locale: string) => onCall({ sender, senderFrame: sender.mainFrame }, method, input, locale));
  await page.addInitScript((screen) => {
    const w = window as unknown as { counterdesk: unknown; __shellCall: (...a: unknown[]) => Promise<unknown>; __shellRequest?: (r: unknown) => void };
    w.counterdesk = {
      call: (method: string, input: unknown, locale: string) => w.__shellCall(method, input, locale),
      onEvent: () => () => undefined,
      onShellRequest: (listener: (r: unknown) => void) => {
        w.__shellRequest = listener;
        return () => undefined;
      },
      screen,
    };
  }, plan.screen);
  harness.request = async (request) => {
    await page.evaluate((r) => (window as unknown as { __shellRequest: (x: unknown) => void }).__shellRequest(r), request);
  };
  harness.close = async () => {
    sessions.close();
    await hall.close();
  };
  return harness;
}

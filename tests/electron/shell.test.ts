// The shell's own wiring (startShell, as app.ts runs it) with fake Electron objects and a
// real hall: windows get their sessions from the main process, events reach the windows
// whose role may see them, a page cannot act as another window, a crash comes back.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testHall, type TestHall } from '../support/hall.ts';
import { configureDemoPrinters } from '../../electron/hall/demo/seed-demo.ts';
import { startHost, type HallHost } from '../../electron/hall/transport/host.ts';
import { embeddedHallPort } from '../../electron/main/hall-port.ts';
import { startShell, type Shell, HANG_TIMEOUT_MS, IPC_SHELL_CHANNEL } from '../../electron/main/shell.ts';
import { terminalConfigSchema, type TerminalConfigInput } from '../../electron/main/terminal-config.ts';
import { DISPLAY_1, DISPLAY_2, DISPLAY_3, fakeElectron, type FakeElectron, type FakeWindow } from '../support/fake-electron.ts';

let t: TestHall;
let host: HallHost | null = null;
let shell: Shell | null = null;
afterEach(async () => {
  await shell?.close(); // closes the host and the hall through the hall port
  shell = null;
  host = null;
  t?.close();
});

const BRANCH: TerminalConfigInput = {
  version: 1,
  terminalId: 'hall-pc',
  hall: { mode: 'embedded' },
  windows: [
    { screen: 'counter', windowNo: 1, display: 'primary' },
    { screen: 'display', display: 'secondary' },
    { screen: 'kiosk', display: 3, deviceName: 'main' },
  ],
};

async function start(config: TerminalConfigInput = BRANCH, displays = [DISPLAY_1, DISPLAY_2, DISPLAY_3], production = true, printWorker = false): Promise<FakeElectron> {
  // a printing hall is on disk: file printers write only into printed/ beside its database
  t = testHall({ start: '2026-11-23T02:00:00.000Z', printWorker, file: printWorker });
  t.hall.config.port = 0;
  host = await startHost(t.hall);
  const fake = fakeElectron({ config: terminalConfigSchema.parse(config), hall: embeddedHallPort(t.hall, host), displays, production });
  shell = await startShell(fake.deps);
  return fake;
}

const byScreen = (fake: FakeElectron, path: string): FakeWindow => fake.windows.find((w) => new URL(w.loaded.at(-1)!).pathname === path)!;
type Res<T = Record<string, unknown>> = { ok: boolean; result: T; error: { code: string; key?: string; message: string } };

describe('the shell gives each window its own session', () => {
  it('a hall display window receives queue.ticketCalled after a counter window calls', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    const display = byScreen(fake, '/display');
    const kiosk = byScreen(fake, '/kiosk');

    const ticket = await fake.ipc.invoke<Res<{ ticket: { ticketNo: string } }>>(kiosk, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null });
    expect(ticket.ok).toBe(true);
    // The cashier types window 3 in the form; the window plan says this is window 1.
    const login = await fake.ipc.invoke<Res<{ windowNo: number; terminalId: string }>>(counter, 'session.login', { operatorCode: '1001', pin: '1234', terminalId: 'typed', windowNo: 3 });
    expect(login.result).toMatchObject({ windowNo: 1, terminalId: 'hall-pc.counter-1' });
    const called = await fake.ipc.invoke<Res<{ ticket: { ticketNo: string } }>>(counter, 'queue.callNext', {});
    expect(called.result.ticket.ticketNo).toBe(ticket.result.ticket.ticketNo);

    expect(display.webContents.receivedEvents()).toContain('queue.ticketCalled');
    const calledEvent = display.webContents.sent.find((s) => s.payload.name === 'queue.ticketCalled')!;
    expect(calledEvent.payload.payload).toMatchObject({ ticketNo: 'A001', windowNo: 1 });
    expect(counter.webContents.receivedEvents()).toContain('queue.ticketCalled');
  });

  it('a window that has not signed in receives no events, and stops receiving them after signing out', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    const kiosk = byScreen(fake, '/kiosk');
    await fake.ipc.invoke(kiosk, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null });
    expect(counter.webContents.receivedEvents()).toEqual([]);
    await fake.ipc.invoke(counter, 'session.login', { operatorCode: '1001', pin: '1234', terminalId: 'x', windowNo: 1 });
    await fake.ipc.invoke(counter, 'session.logout', {});
    const before = counter.webContents.receivedEvents().length;
    await fake.ipc.invoke(kiosk, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null });
    expect(counter.webContents.receivedEvents().length).toBe(before);
    expect((await fake.ipc.invoke<Res>(counter, 'session.whoami', {})).error.code).toBe('not_signed_in');
  });

  it('a page cannot claim another window’s role', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    const display = byScreen(fake, '/display');
    const cashier = await fake.ipc.invoke<Res<{ token: string }>>(counter, 'session.login', { operatorCode: '1001', pin: '1234', terminalId: 'x', windowNo: 1 });

    // Asking for a kiosk session, the display page gets its own display session.
    const claimed = await fake.ipc.invoke<Res<{ role: string; terminalId: string }>>(display, 'session.openDevice', { role: 'kiosk', terminalId: 'main', windowNo: null });
    expect(claimed.result).toMatchObject({ role: 'display', terminalId: 'hall-pc.display' });
    // …so it cannot issue tickets, sign a cashier in, or borrow the cashier's token.
    expect((await fake.ipc.invoke<Res>(display, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null })).error.code).toBe('forbidden');
    expect((await fake.ipc.invoke<Res>(display, 'session.login', { operatorCode: '1001', pin: '1234', terminalId: 'x', windowNo: 1 })).error.code).toBe('forbidden');
    const borrowed = fake.ipc.handlers.get('counterdesk:call')!({ sender: display.webContents, senderFrame: display.webContents.mainFrame }, 'session.whoami', {}, cashier.result.token);
    expect(((await borrowed) as Res<{ role: string }>).result.role).toBe('display');
    // A counter page cannot open a device session for itself.
    expect((await fake.ipc.invoke<Res>(counter, 'session.openDevice', { role: 'display', terminalId: 'tv', windowNo: null })).error.code).toBe('forbidden');
  });

  it('checks the sender frame on every message', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    const top = counter.webContents.mainFrame;
    const frames = [
      null,
      { ...top, routingId: top.routingId + 1 }, // a sub-frame
      { ...top, url: 'https://evil.example/counter' }, // the window was navigated away
    ];
    for (const frame of frames) {
      const res = await fake.ipc.invoke<Res>(counter, 'system.ping', {}, { frame });
      expect(res.error).toMatchObject({ code: 'forbidden', key: 'shell:untrustedSender' });
    }
    // A web contents the shell did not open.
    const handler = fake.ipc.handlers.get('counterdesk:call')!;
    const stranger = { id: 99_999, mainFrame: top };
    expect(((await handler({ sender: stranger, senderFrame: top }, 'system.ping', {}, 'zh-CN')) as Res).error.code).toBe('forbidden');
    expect((await fake.ipc.invoke<Res>(counter, 42, {})).error.code).toBe('invalid_input');
  });

  it('carries the page’s language', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    const refused = await fake.ipc.invoke<Res>(counter, 'session.login', { operatorCode: '1001', pin: 'wrong', terminalId: 'x', windowNo: 1 }, { locale: 'en' });
    expect(refused.error.message).toBe('Wrong operator number or PIN');
    const zh = await fake.ipc.invoke<Res>(counter, 'session.login', { operatorCode: '1001', pin: 'wrong', terminalId: 'x', windowNo: 1 }, { locale: 'zh-TW' });
    expect(zh.error.message).toBe('工號或密碼不正確');
  });
});

describe('the shell keeps windows up', () => {
  it('a renderer crash reloads to the same screen and session', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    const display = byScreen(fake, '/display');
    const kiosk = byScreen(fake, '/kiosk');
    const login = await fake.ipc.invoke<Res<{ token: string }>>(counter, 'session.login', { operatorCode: '1001', pin: '1234', terminalId: 'x', windowNo: 1 });
    const displaySession = await fake.ipc.invoke<Res<{ token: string }>>(display, 'session.whoami', {});

    counter.webContents.crash();
    display.webContents.crash('oom');
    expect(fake.timers.pending()).toEqual([500, 500]);
    fake.timers.runAll();
    expect(counter.loaded).toEqual(['http://127.0.0.1:' + host!.port + '/counter?window=1', 'http://127.0.0.1:' + host!.port + '/counter?window=1']);
    expect(display.loaded.at(-1)).toBe(display.loaded[0]);

    // The reloaded pages ask who they are: the same sessions.
    expect((await fake.ipc.invoke<Res<{ token: string; operator: { code: string } }>>(counter, 'session.whoami', {})).result).toMatchObject({ token: login.result.token, operator: { code: '1001' } });
    expect((await fake.ipc.invoke<Res<{ token: string }>>(display, 'session.openDevice', { role: 'display', terminalId: 'x', windowNo: null })).result.token).toBe(displaySession.result.token);
    // The hall lived on in the main process: the queue still works and still reaches the display.
    await fake.ipc.invoke(kiosk, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null });
    await fake.ipc.invoke(counter, 'queue.callNext', {});
    expect(display.webContents.receivedEvents()).toContain('queue.ticketCalled');

    // It keeps crashing: it waits longer each time.
    counter.webContents.crash();
    counter.webContents.crash();
    expect(fake.timers.pending()).toEqual([2_000, 10_000]);
  });

  it('printing and the hall survive a renderer reload: a slip asked for just before the kiosk’s page crashed prints, and its outcome reaches the reloaded page', async () => {
    const fake = await start(BRANCH, undefined, true, true);
    configureDemoPrinters(t.hall, t.clock.now());
    const kiosk = byScreen(fake, '/kiosk');
    const issued = await fake.ipc.invoke<Res<{ ticket: { ticketNo: string }; slip: { jobId: number } }>>(kiosk, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null });
    kiosk.webContents.crash();
    fake.timers.runAll();
    expect(kiosk.loaded).toHaveLength(2);
    await t.hall.printWorker!.idle();
    expect(readdirSync(join(t.dir, 'printed', 'kiosk-main')).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const printed = kiosk.webContents.sent.find((s) => s.payload.name === 'printing.kioskSlipPrinted');
    expect(printed?.payload.payload).toMatchObject({ jobId: issued.result.slip.jobId, ticketNo: issued.result.ticket.ticketNo });
    // The reloaded page asks again and is still the same kiosk.
    expect((await fake.ipc.invoke<Res<{ role: string; terminalId: string }>>(kiosk, 'session.openDevice', { role: 'kiosk', terminalId: 'x', windowNo: null })).result).toMatchObject({ role: 'kiosk', terminalId: 'main' });
  });

  it('a hung page is restarted after a while, unless it recovers', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    counter.emit('unresponsive');
    counter.emit('responsive');
    fake.timers.runAll();
    expect(counter.webContents.crashedOnPurpose).toBe(0);
    counter.emit('unresponsive');
    expect(fake.timers.pending()).toEqual([HANG_TIMEOUT_MS]);
    fake.timers.runAll();
    expect(counter.webContents.crashedOnPurpose).toBe(1);
  });

  it('a second start focuses the running counter window; only one instance runs', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    counter.minimized = true;
    fake.app.emit('second-instance');
    expect(counter.focused).toBe(1);
    expect(counter.minimized).toBe(false);

    const second = fakeElectron({ config: fake.deps.config, hall: shell!.hall });
    second.app.locked = false;
    expect(await startShell(second.deps)).toBeNull();
    expect(second.app.quitCalls).toBe(1);
    expect(second.windows).toEqual([]);
  });
});

describe('the shell locks windows down', () => {
  it('no menu, no DevTools, sandboxed pages, unattended screens full screen and awake', async () => {
    const fake = await start();
    expect(fake.menus).toEqual([null]);
    for (const w of fake.windows) {
      expect(w.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
      w.webContents.emit('devtools-opened');
      expect(w.webContents.devToolsClosed).toBe(1);
    }
    const counter = byScreen(fake, '/counter');
    const display = byScreen(fake, '/display');
    expect([counter.kiosk, counter.maximized, counter.visible]).toEqual([false, true, true]);
    expect([display.kiosk, display.bounds]).toEqual([true, DISPLAY_2.bounds]);
    expect(byScreen(fake, '/kiosk').bounds).toEqual(DISPLAY_3.bounds);
    expect(fake.wakeLocks.size).toBe(1);
    expect(fake.autostart).toEqual([true]);
  });

  it('blocks navigation away from the hall and new windows', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    expect(counter.webContents.navigate(`${host!.url}/manager`)).toBe(true);
    expect(counter.webContents.navigate('https://evil.example/')).toBe(false);
    expect(counter.webContents.navigate('file:///etc/passwd', 'will-redirect')).toBe(false);
    expect(counter.webContents.openHandler!({ url: `${host!.url}/counter` })).toEqual({ action: 'deny' });
  });

  it('swallows closing, reloading and DevTools keys; the admin chord asks the page for a manager PIN', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    const display = byScreen(fake, '/display');
    expect(display.webContents.press('F4', { alt: true })).toBe(true);
    expect(display.webContents.press('w', { control: true })).toBe(true);
    expect(display.webContents.press('F5')).toBe(true);
    expect(counter.webContents.press('F5')).toBe(false); // the counter's self-check key
    expect(counter.webContents.press('F1')).toBe(false);
    expect(counter.webContents.press('I', { control: true, shift: true })).toBe(true);
    expect(display.webContents.press('Q', { control: true, alt: true, shift: true })).toBe(true);
    expect(display.webContents.sent.filter((s) => s.channel === IPC_SHELL_CHANNEL).map((s) => s.payload.request)).toEqual(['admin']);
    // Closing the window by other means (the window manager) is refused too, until the shell quits.
    expect(display.tryClose()).toBe(false);
    shell!.quit();
    expect(display.tryClose()).toBe(true);
  });

  it('the admin chord asks the page for a manager PIN; only a manager’s PIN checked by the hall lets the shell exit', async () => {
    const fake = await start();
    const kiosk = byScreen(fake, '/kiosk');
    expect(kiosk.webContents.press('q', { control: true, alt: true, shift: true })).toBe(true);
    expect(kiosk.webContents.sent.filter((s) => s.channel === IPC_SHELL_CHANNEL).map((s) => s.payload)).toEqual([{ request: 'admin' }]);

    const wrong = await fake.ipc.invoke<Res>(kiosk, 'staff.approveTerminalAdmin', { operatorCode: '9001', pin: '0000', action: 'exit' }, { locale: 'en' });
    expect(wrong.error.code).toBe('bad_credentials');
    const cashier = await fake.ipc.invoke<Res>(kiosk, 'staff.approveTerminalAdmin', { operatorCode: '1001', pin: '1234', action: 'exit' });
    expect(cashier.error.code).toBe('forbidden');
    expect(fake.app.quitCalls).toBe(0);
    expect(kiosk.tryClose()).toBe(false);

    const manager = await fake.ipc.invoke<Res>(kiosk, 'staff.approveTerminalAdmin', { operatorCode: '9001', pin: '9999', action: 'exit' });
    expect(manager).toMatchObject({ ok: true, result: { operatorCode: '9001' } });
    expect(fake.app.quitCalls).toBe(1);
    expect(kiosk.tryClose()).toBe(true);
    // The hall audited the approval as the kiosk window, not as whatever the page claims to be.
    const audit = t.hall.db.prepare("SELECT action, terminal_id AS terminalId FROM audit_log WHERE action LIKE 'terminal.admin.%' OR action = 'approval.refused' ORDER BY id").all();
    expect(audit).toEqual([
      { action: 'approval.refused', terminalId: 'main' },
      { action: 'approval.refused', terminalId: 'main' }, // the cashier's PIN is not a manager's
      { action: 'terminal.admin.exit', terminalId: 'main' },
    ]);
  });

  it('terminal settings behind a manager’s PIN: only that window, for ten minutes, validated with the file’s schema, never sent to the hall', async () => {
    const fake = await start();
    const counter = byScreen(fake, '/counter');
    const kiosk = byScreen(fake, '/kiosk');
    expect((await fake.ipc.invoke<Res>(counter, 'shell.terminalStatus', {})).result).toEqual({ problem: null, configurable: false });
    expect((await fake.ipc.invoke<Res>(counter, 'shell.readTerminalConfig', {})).error).toMatchObject({ code: 'forbidden', key: 'shell:adminRequired' });
    expect((await fake.ipc.invoke<Res>(counter, 'staff.approveTerminalAdmin', { operatorCode: '9001', pin: '9999', action: 'configure' })).ok).toBe(true);
    expect(fake.app.quitCalls).toBe(0);

    const read = await fake.ipc.invoke<Res<{ config: unknown; displays: Array<{ n: number; width: number }>; problem: null }>>(counter, 'shell.readTerminalConfig', {});
    expect(read.result.config).toEqual(fake.deps.config);
    expect(read.result.displays.map((d) => [d.n, d.width])).toEqual([[1, 1366], [2, 1920], [3, 1080]]);
    // Another window of the same PC did not get the manager's PIN.
    expect((await fake.ipc.invoke<Res>(kiosk, 'shell.writeTerminalConfig', { config: fake.deps.config })).error.key).toBe('shell:adminRequired');

    // The same schema the shell starts from: a window twice and a hall URL that is not one are refused, in the page's language.
    const bad = { ...BRANCH, hall: { mode: 'remote', url: 'hall-pc:8731', deviceToken: 'short' }, windows: [{ screen: 'counter', windowNo: 1 }, { screen: 'counter', windowNo: 1 }] };
    const refused = await fake.ipc.invoke<Res & { error: { issues: Array<{ path: string; message: string }> } }>(counter, 'shell.writeTerminalConfig', { config: bad }, { locale: 'en' });
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.issues.map((i) => [i.path, i.message])).toEqual([
      ['hall.url', expect.stringMatching(/^Hall service address: /)],
      ['hall.deviceToken', 'Pairing token: at least 16 characters'],
      ['windows.1', 'Window counter:1 appears twice'],
    ]);
    expect(fake.file.writes).toBe(0);

    const remote = { ...BRANCH, hall: { mode: 'remote', url: 'http://192.168.1.10:8731', deviceToken: 'paired-token-0123456789' } };
    expect((await fake.ipc.invoke<Res>(counter, 'shell.writeTerminalConfig', { config: remote })).ok).toBe(true);
    expect(JSON.parse(fake.file.text!)).toEqual(terminalConfigSchema.parse(remote));
    fake.file.failWrites = 'EROFS: read-only file system';
    expect((await fake.ipc.invoke<Res>(counter, 'shell.writeTerminalConfig', { config: remote }, { locale: 'en' })).error.message).toBe('Could not save the terminal file: EROFS: read-only file system');

    // None of this reached the hall's audit as a call; the approval did.
    const audit = t.hall.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'terminal.%' OR action LIKE 'shell.%'").pluck().all();
    expect(audit).toEqual(['terminal.admin.configure']);

    fake.clock.advance(10 * 60_000);
    expect((await fake.ipc.invoke<Res>(counter, 'shell.readTerminalConfig', {})).error.key).toBe('shell:adminRequired');
    await fake.ipc.invoke(counter, 'staff.approveTerminalAdmin', { operatorCode: '9001', pin: '9999', action: 'configure' });
    expect((await fake.ipc.invoke<Res>(counter, 'shell.restart', {})).ok).toBe(true);
    expect([fake.app.relaunched, fake.app.quitCalls]).toEqual([1, 1]);
  });

  it('a bad terminal file: the shell runs its safe default and every window is told what is wrong', async () => {
    const fake = await start();
    fake.file.text = '{"version":1,"terminalId":"x","hall":{"mode":"embedded"},"windows":[{"screen":"tv"}]}';
    const status = await fake.ipc.invoke<Res<{ problem: { code: string; message: string; issues: Array<{ path: string }> } }>>(byScreen(fake, '/kiosk'), 'shell.terminalStatus', {});
    expect(status.result.problem).toMatchObject({ code: 'invalid', message: '终端配置文件有误，本机只打开主任工作台', issues: [{ path: 'windows.0.screen' }] });
    fake.file.text = '{ not json';
    expect((await fake.ipc.invoke<Res<{ problem: { code: string } }>>(byScreen(fake, '/kiosk'), 'shell.terminalStatus', {})).result.problem.code).toBe('not_json');
  });

  it('adds the content security policy to the hall’s pages and refuses permissions a screen does not need', async () => {
    const fake = await start();
    const headers = fake.session.headersFor(`${host!.url}/display`)!;
    expect(String(headers['Content-Security-Policy'])).toContain("script-src 'self'");
    expect(fake.session.headersFor('https://elsewhere.example/')).toBeUndefined();
    const display = byScreen(fake, '/display');
    const counter = byScreen(fake, '/counter');
    expect(fake.session.request(display, 'fullscreen')).toBe(true);
    expect(fake.session.request(display, 'media')).toBe(false);
    expect(fake.session.request(counter, 'geolocation')).toBe(false);
    expect(fake.session.request(counter, 'fullscreen')).toBe(false);
  });
});

describe('the shell follows the displays', () => {
  it('a window whose display goes away moves (or waits hidden) and returns when it comes back', async () => {
    const fake = await start();
    const display = byScreen(fake, '/display');
    const kiosk = byScreen(fake, '/kiosk');
    fake.screen.unplug(DISPLAY_3.id);
    // The kiosk's display is gone and the primary belongs to the counter: it waits hidden.
    expect(kiosk.visible).toBe(false);
    expect(display.bounds).toEqual(DISPLAY_2.bounds);
    fake.screen.plug(DISPLAY_3);
    expect([kiosk.visible, kiosk.bounds, kiosk.kiosk]).toEqual([true, DISPLAY_3.bounds, true]);
  });

  it('a display PC’s only hall display moves to the remaining display', async () => {
    const fake = await start({ version: 1, terminalId: 'tv-pc', hall: { mode: 'embedded' }, windows: [{ screen: 'display', display: 'secondary' }] }, [DISPLAY_1, DISPLAY_2]);
    const display = fake.windows[0]!;
    expect(display.bounds).toEqual(DISPLAY_2.bounds);
    fake.screen.unplug(DISPLAY_2.id);
    expect([display.visible, display.bounds]).toEqual([true, DISPLAY_1.bounds]);
    fake.screen.plug(DISPLAY_2);
    expect(display.bounds).toEqual(DISPLAY_2.bounds);
    expect(fake.logs.filter((l) => l.includes('display 102 → 101'))).toHaveLength(1);
  });
});

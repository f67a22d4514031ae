// Updates from a LAN folder (generic provider): off by default, only in an installed app that
// can update itself (Windows NSIS, a Linux AppImage), checked now and every six hours,
// installed at the next quit. No network here: a fake updater stands in for electron-updater.
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { startUpdateChecks, updatePlan, UPDATE_CHECK_EVERY_MS, type UpdaterLike } from '../../electron/main/updates.ts';
import { defaultTerminalConfig, terminalConfigSchema } from '../../electron/main/terminal-config.ts';
import { ManualScheduler, fakeElectron } from '../support/fake-electron.ts';
import { startShell } from '../../electron/main/shell.ts';
import { loadUpdater } from '../../electron/main/updater-load.ts';
import type { HallPort } from '../../electron/main/hall-port.ts';

const on = terminalConfigSchema.parse({ ...defaultTerminalConfig(), updates: { enabled: true, url: 'http://192.168.1.10/counterdesk' } });
const installed = { production: true, platform: 'win32' as const, appImage: null, hasUpdater: true };

class FakeUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  feeds: unknown[] = [];
  checks = 0;
  fail: Error | null = null;
  setFeedURL(options: unknown): void {
    this.feeds.push(options);
  }
  async checkForUpdates(): Promise<unknown> {
    this.checks++;
    if (this.fail) throw this.fail;
    return null;
  }
}

describe('update checks', () => {
  it('off by default and in development; only where the app can replace itself', () => {
    expect(updatePlan(defaultTerminalConfig(), installed)).toEqual({ check: false, reason: 'disabled' });
    expect(updatePlan(on, { ...installed, production: false })).toEqual({ check: false, reason: 'development' });
    expect(updatePlan(on, { ...installed, platform: 'linux' })).toEqual({ check: false, reason: 'unsupported' }); // a deb: the system's packages
    expect(updatePlan(on, { ...installed, platform: 'linux', appImage: '/opt/CounterDesk.AppImage' })).toMatchObject({ check: true });
    expect(updatePlan(on, { ...installed, hasUpdater: false })).toEqual({ check: false, reason: 'noUpdater' });
    expect(updatePlan(on, installed)).toEqual({ check: true, feed: { provider: 'generic', url: 'http://192.168.1.10/counterdesk/' }, everyMs: UPDATE_CHECK_EVERY_MS });
  });

  it('checks the LAN folder now and every six hours, downloads, and installs at the next quit', async () => {
    const updater = new FakeUpdater();
    const timers = new ManualScheduler();
    const logs: string[] = [];
    const checks = startUpdateChecks(updatePlan(on, installed), { updater, schedule: timers.schedule, log: (l, m) => logs.push(`${l} ${m}`) });
    expect(updater.feeds).toEqual([{ provider: 'generic', url: 'http://192.168.1.10/counterdesk/' }]);
    expect([updater.autoDownload, updater.autoInstallOnAppQuit, updater.checks]).toEqual([true, true, 1]);
    expect(timers.pending()).toEqual([UPDATE_CHECK_EVERY_MS]);
    updater.fail = new Error('ECONNREFUSED 192.168.1.10:80');
    timers.runAll();
    await Promise.resolve();
    expect(updater.checks).toBe(2);
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(logs).toContain('warn updates: check failed: Error: ECONNREFUSED 192.168.1.10:80');
    expect(logs).toContain('info updates: 0.2.0 downloaded; installs when CounterDesk next quits');
    checks.stop();
    expect(timers.pending()).toEqual([]);
  });

  it('a terminal with updates off never touches the updater', () => {
    const updater = new FakeUpdater();
    const timers = new ManualScheduler();
    startUpdateChecks(updatePlan(defaultTerminalConfig(), installed), { updater, schedule: timers.schedule, log: () => undefined });
    expect([updater.feeds.length, updater.checks, timers.pending().length]).toEqual([0, 0, 0]);
  });

  it('the shell starts the checks the terminal file asks for, and stops them when it closes', async () => {
    const hall: HallPort = { url: 'http://127.0.0.1:8731', call: async () => ({ ok: false, error: { code: 'unavailable', message: '' } }), subscribe: () => () => undefined, close: async () => undefined };
    const updater = new FakeUpdater();
    const fake = fakeElectron({ config: on, hall, platform: 'win32' });
    fake.deps.updater = updater;
    const shell = await startShell(fake.deps);
    expect([updater.checks, fake.timers.pending()]).toEqual([1, [UPDATE_CHECK_EVERY_MS]]);
    await shell!.close();
    expect(fake.timers.pending()).toEqual([]);
    const off = fakeElectron({ config: defaultTerminalConfig(), hall, platform: 'win32' });
    off.deps.updater = new FakeUpdater();
    await (await startShell(off.deps))!.close();
    expect((off.deps.updater as FakeUpdater).checks).toBe(0);
  });

  it('an updater that throws, setting up or checking, is logged and the terminal opens anyway', async () => {
    const hall: HallPort = { url: 'http://127.0.0.1:8731', call: async () => ({ ok: false, error: { code: 'unavailable', message: '' } }), subscribe: () => () => undefined, close: async () => undefined };
    const refusing = new FakeUpdater();
    refusing.setFeedURL = () => {
      throw new Error('app-update.yml is missing');
    };
    const fake = fakeElectron({ config: on, hall, platform: 'win32' });
    fake.deps.updater = refusing;
    const shell = await startShell(fake.deps);
    expect(fake.windows.length).toBeGreaterThan(0);
    expect(fake.logs).toContain('warn updates: the updater refused its settings, not checking: Error: app-update.yml is missing');
    expect([refusing.checks, fake.timers.pending()]).toEqual([0, []]);
    await shell!.close();

    const throwing = new FakeUpdater();
    throwing.checkForUpdates = () => {
      throw new Error('not a packaged app');
    };
    const logs: string[] = [];
    const timers = new ManualScheduler();
    const checks = startUpdateChecks(updatePlan(on, installed), { updater: throwing, schedule: timers.schedule, log: (l, m) => logs.push(`${l} ${m}`) });
    expect(logs).toContain('warn updates: check failed: Error: not a packaged app');
    expect(timers.pending()).toEqual([UPDATE_CHECK_EVERY_MS]); // it tries again later
    checks.stop();
  });
});

describe('loading electron-updater', () => {
  const loader = (result: () => Promise<UpdaterLike>) => {
    const calls: number[] = [];
    return { calls, load: () => (calls.push(1), result()) };
  };

  it('is loaded only for an installed app whose terminal file turns updates on', async () => {
    const updater = new FakeUpdater();
    const logs: string[] = [];
    const off = loader(async () => updater);
    expect(await loadUpdater(defaultTerminalConfig(), true, off.load, (l, m) => logs.push(m))).toBeNull();
    expect(await loadUpdater(on, false, off.load, (l, m) => logs.push(m))).toBeNull();
    expect(off.calls).toEqual([]);
    expect(await loadUpdater(on, true, off.load, (l, m) => logs.push(m))).toBe(updater);
    expect(logs).toEqual([]);
  });

  it('a build that cannot load it runs on without updates, saying so in one line', async () => {
    const logs: string[] = [];
    const broken = loader(async () => {
      throw new Error("Cannot find package 'electron-updater'");
    });
    const updater = await loadUpdater(on, true, broken.load, (l, m) => logs.push(`${l} ${m}`));
    expect(updater).toBeNull();
    expect(logs).toEqual(["warn updates: electron-updater could not be loaded, this terminal will not update itself (Cannot find package 'electron-updater')"]);
    expect(updatePlan(on, { ...installed, hasUpdater: updater !== null })).toEqual({ check: false, reason: 'noUpdater' });
  });
});

// Staying up: start at login (Windows through Electron, Linux through an XDG autostart
// entry on disk), the main process's rotating log, and the restart after a fatal error with
// its crash-loop guard.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autostartDir, autostartEntry, writeAutostartEntry } from '../../electron/main/autostart.ts';
import { rotatingLog } from '../../electron/main/rotating-log.ts';
import { CRASH_LOOP_MAX, CRASH_LOOP_WINDOW_MS, crashHistoryFile, fatalVerdict, onFatal } from '../../electron/main/fatal.ts';
import { startShell } from '../../electron/main/shell.ts';
import { defaultTerminalConfig } from '../../electron/main/terminal-config.ts';
import type { HallPort } from '../../electron/main/hall-port.ts';
import { FakeApp, fakeElectron } from '../support/fake-electron.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const temp = () => (dir = mkdtempSync(join(tmpdir(), 'cd-up-')));

const nullHall: HallPort = {
  url: 'http://127.0.0.1:8731',
  call: async () => ({ ok: false, error: { code: 'unavailable', message: 'no hall' } }),
  subscribe: () => () => undefined,
  close: async () => undefined,
};

describe('start at login', () => {
  it('Linux: an XDG autostart entry is written when enabled and removed when not', () => {
    temp();
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/k')).toBe('/cfg/autostart');
    expect(autostartDir({}, '/home/k')).toBe('/home/k/.config/autostart');
    const where = join(dir, 'autostart');
    const path = writeAutostartEntry(where, true, '/opt/CounterDesk/counter desk', ['--flag']);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('[Desktop Entry]\nType=Application\n');
    expect(text).toContain('Exec="/opt/CounterDesk/counter desk" --flag\n');
    expect(readdirSync(where)).toEqual(['counterdesk.desktop']);
    writeAutostartEntry(where, false, '/opt/CounterDesk/counterdesk');
    expect(existsSync(path)).toBe(false);
    writeAutostartEntry(where, false, '/opt/CounterDesk/counterdesk'); // nothing to remove: fine
    expect(autostartEntry('/tmp/.mount_x/AppRun')).toContain('Exec=/tmp/.mount_x/AppRun\n');
  });

  it('the shell asks Electron on Windows and writes the entry on Linux; a development run registers nothing', async () => {
    const config = { ...defaultTerminalConfig(), startAtLogin: false };
    const windows = fakeElectron({ config, hall: nullHall, platform: 'win32' });
    const shell = await startShell(windows.deps);
    expect(windows.app.loginItem).toEqual({ openAtLogin: false });
    expect(windows.autostart).toEqual([]);
    await shell!.close();

    const linux = fakeElectron({ config: defaultTerminalConfig(), hall: nullHall, platform: 'linux' });
    await (await startShell(linux.deps))!.close();
    expect([linux.autostart, linux.app.loginItem]).toEqual([[true], null]);

    const dev = fakeElectron({ config: defaultTerminalConfig(), hall: nullHall, platform: 'linux', production: false });
    await (await startShell(dev.deps))!.close();
    expect(dev.autostart).toEqual([]);
  });
});

describe('the main process log', () => {
  it('rotates at its size cap and keeps a fixed number of files', () => {
    temp();
    let second = 0;
    const log = rotatingLog({ dir, maxBytes: 200, files: 3, now: () => `2026-11-23T02:00:${String(second++ % 60).padStart(2, '0')}.000Z` });
    for (let i = 0; i < 20; i++) log.write(i % 2 ? 'error' : 'info', `line ${i} ${'x'.repeat(30)}`);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const path of log.paths()) expect(statSync(path).size).toBeLessThanOrEqual(200);
    const newest = readFileSync(join(dir, 'main.log'), 'utf8');
    expect(newest).toContain(`ERROR line 19 ${'x'.repeat(30)}\n`);
    // The oldest lines are gone; the kept ones are in order across the files.
    const kept = log.paths().reverse().map((p) => readFileSync(p, 'utf8')).join('').match(/line \d+/g)!;
    expect(kept.at(-1)).toBe('line 19');
    expect(kept).not.toContain('line 0');
    expect(kept.map((l) => Number(l.slice(5)))).toEqual([...kept.keys()].map((k) => 20 - kept.length + k));
  });

  it('carries on in an existing file after a restart, and indents a stack trace under its line', () => {
    temp();
    rotatingLog({ dir, maxBytes: 1000, now: () => 'T1' }).write('info', 'first run');
    rotatingLog({ dir, maxBytes: 1000, now: () => 'T2' }).write('error', 'fatal: Error: boom\n    at f (x.ts:1:1)\nat g');
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toBe('T1 INFO first run\nT2 ERROR fatal: Error: boom\n        at f (x.ts:1:1)\n    at g\n');
  });
});

describe('restart after a fatal error', () => {
  it('relaunches up to three times in ten minutes, then gives up', () => {
    const t0 = Date.parse('2026-11-23T02:00:00.000Z');
    let history: number[] = [];
    const verdicts = [0, 60_000, 120_000, 180_000].map((dt) => {
      const v = fatalVerdict(history, t0 + dt);
      history = v.history;
      return v.action;
    });
    expect(verdicts).toEqual(['relaunch', 'relaunch', 'relaunch', 'giveUp']);
    expect(CRASH_LOOP_MAX).toBe(3);
    // Crashes long ago do not count.
    expect(fatalVerdict([t0, t0 + 1, t0 + 2], t0 + CRASH_LOOP_WINDOW_MS + 2).action).toBe('relaunch');
  });

  it('logs, remembers the crash across processes, relaunches and exits; in a loop it only exits', () => {
    temp();
    let now = Date.parse('2026-11-23T02:00:00.000Z');
    const logs: string[] = [];
    const run = () => {
      const app = new FakeApp(); // each restart is a new process with a new app
      const action = onFatal(new Error('database is locked'), { now: () => now, history: crashHistoryFile(dir), relaunch: () => app.relaunch(), exit: (c) => app.exit(c), log: (_l, m) => logs.push(m) });
      now += 30_000;
      return [action, app.relaunched, app.exitCode];
    };
    expect([run(), run(), run(), run()]).toEqual([
      ['relaunch', 1, 1],
      ['relaunch', 1, 1],
      ['relaunch', 1, 1],
      ['giveUp', 0, 1],
    ]);
    expect(logs[0]).toMatch(/^fatal: Error: database is locked\n {4}at /);
    expect(logs.at(-1)).toBe('crashed 4 times in 10 min: not restarting; see this log');
    expect(JSON.parse(readFileSync(join(dir, 'crash-history.json'), 'utf8'))).toHaveLength(4);
  });

  it('a history it cannot write still restarts', () => {
    temp();
    const app = new FakeApp();
    const action = onFatal('boom', { now: () => 0, history: { read: () => [], write: () => { throw new Error('EROFS'); } }, relaunch: () => app.relaunch(), exit: (c) => app.exit(c), log: () => undefined });
    expect([action, app.relaunched, app.exitCode]).toEqual(['relaunch', 1, 1]);
  });
});

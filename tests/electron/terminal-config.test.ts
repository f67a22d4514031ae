// The terminal file: what a valid one looks like, and what a bad one gets (a clear problem
// and the safe default — never counters against a guessed hall).
import { describe, it, expect } from 'vitest';
import { parseTerminalConfig, serializeTerminalConfig, configFromEnvironment, defaultTerminalConfig, setupTerminalConfig } from '../../electron/main/terminal-config.ts';

const valid = {
  version: 1,
  terminalId: 'counter-pc-3',
  hall: { mode: 'remote', url: 'http://192.168.1.10:8731', deviceToken: 'paired-token-0123456789' },
  windows: [{ screen: 'counter', windowNo: 3 }, { screen: 'customer', windowNo: 3 }],
};

describe('terminal configuration file', () => {
  it('reads a valid file and fills the defaults', () => {
    const loaded = parseTerminalConfig(JSON.stringify(valid));
    expect(loaded.ok).toBe(true);
    expect(loaded.config.windows).toEqual([
      { screen: 'counter', windowNo: 3, display: 'primary' },
      { screen: 'customer', windowNo: 3, display: 'secondary' },
    ]);
    expect(loaded.config.startAtLogin).toBe(true);
    expect(loaded.config.updates).toEqual({ enabled: false, url: null });
  });

  it('accepts a byte-order mark (Notepad writes one) and round-trips what the admin screen writes', () => {
    const loaded = parseTerminalConfig(`\uFEFF${JSON.stringify(valid)}`);
    expect(loaded.ok).toBe(true);
    expect(parseTerminalConfig(serializeTerminalConfig(loaded.config))).toEqual(loaded);
  });

  it('no file: first run, the manager window on this PC’s own hall', () => {
    const loaded = parseTerminalConfig(null);
    expect(loaded).toMatchObject({ ok: false, problem: { code: 'missing' } });
    expect(loaded.config).toEqual(setupTerminalConfig());
    expect(loaded.config.windows).toEqual([{ screen: 'manager', display: 'primary' }]);
  });

  it('a file that is not JSON says where it broke and falls back to the safe default', () => {
    const loaded = parseTerminalConfig('{ "version": 1, ');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problem.code).toBe('not_json');
    expect(loaded.config).toEqual(setupTerminalConfig());
  });

  it.each([
    ['an unknown screen', { ...valid, windows: [{ screen: 'tv' }] }, 'windows.0.screen'],
    ['a counter without its number', { ...valid, windows: [{ screen: 'counter' }] }, 'windows.0.windowNo'],
    ['window 0', { ...valid, windows: [{ screen: 'counter', windowNo: 0 }] }, 'windows.0.windowNo'],
    ['no windows', { ...valid, windows: [] }, 'windows'],
    ['the same counter twice', { ...valid, windows: [{ screen: 'counter', windowNo: 1 }, { screen: 'counter', windowNo: 1 }] }, 'windows.1'],
    ['a remote hall without its paired token', { ...valid, hall: { mode: 'remote', url: 'http://192.168.1.10:8731' } }, 'hall.deviceToken'],
    ['a hall URL that is not http', { ...valid, hall: { ...valid.hall, url: 'file:///c:/hall' } }, 'hall.url'],
    ['a misspelt key', { ...valid, windws: [] }, '(root)'],
    ['display 0', { ...valid, windows: [{ screen: 'kiosk', display: 0 }] }, 'windows.0.display'],
    ['updates on without a server', { ...valid, updates: { enabled: true } }, 'updates.url'],
    ['a terminal id with spaces', { ...valid, terminalId: '3号 柜台' }, 'terminalId'],
  ])('refuses %s, naming the field', (_what, file, path) => {
    const loaded = parseTerminalConfig(JSON.stringify(file));
    expect(loaded.ok).toBe(false);
    if (loaded.ok || loaded.problem.code !== 'invalid') throw new Error('expected invalid');
    expect(loaded.problem.issues.map((i) => i.path)).toContain(path);
    expect(loaded.config).toEqual(setupTerminalConfig());
  });

  it('the old environment variables still describe a terminal (npm start)', () => {
    expect(configFromEnvironment({ COUNTERDESK_TERMINAL: 'counter', COUNTERDESK_WINDOW: '2' })?.windows.map((w) => w.screen)).toEqual(['counter', 'customer']);
    expect(configFromEnvironment({ COUNTERDESK_TERMINAL: 'display' })?.windows).toEqual([{ screen: 'display', display: 'primary' }]);
    expect(configFromEnvironment({ COUNTERDESK_TERMINAL: 'toaster' })).toBeNull();
    expect(configFromEnvironment({})).toBeNull();
    expect(defaultTerminalConfig().hall).toEqual({ mode: 'embedded', listenHost: '127.0.0.1', port: 8731 });
  });
});

// Lockdown policies: navigation, the keys the shell keeps from pages, permissions, CSP.
import { describe, it, expect } from 'vitest';
import { contentSecurityPolicy, isAllowedNavigation, isPermissionAllowed, shortcutVerdict, type KeyInput } from '../../electron/main/lockdown.ts';

const HOST = 'http://127.0.0.1:8731';
const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, alt: false, shift: false, meta: false, ...mods });

describe('navigation policy', () => {
  it('stays on the hall’s origin', () => {
    expect(isAllowedNavigation(HOST, `${HOST}/counter?window=1`)).toBe(true);
    expect(isAllowedNavigation(HOST, 'http://127.0.0.1:8732/counter')).toBe(false);
    expect(isAllowedNavigation(HOST, 'https://127.0.0.1:8731/')).toBe(false);
    expect(isAllowedNavigation(HOST, 'https://evil.example/')).toBe(false);
    expect(isAllowedNavigation(HOST, 'file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation(HOST, 'javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation(HOST, 'not a url')).toBe(false);
  });
});

describe('shortcut policy', () => {
  const unattended = { screen: 'display' as const, production: true };
  const counter = { screen: 'counter' as const, production: true };
  it.each([
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+F4', key('F4', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['Ctrl+N', key('n', { control: true })],
    ['Ctrl+plus', key('+', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['Alt alone (menu bar)', key('Alt', { alt: true })],
  ])('blocks %s on an unattended screen', (_name, input) => {
    expect(shortcutVerdict(input, unattended)).toBe('block');
  });

  it('lets the counter’s own keys through, and typing', () => {
    for (const k of ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F8', 'F9', 'Enter', 'Escape', '1', 'a']) expect(shortcutVerdict(key(k), counter)).toBe('pass');
    expect(shortcutVerdict(key('c', { control: true }), counter)).toBe('pass');
    expect(shortcutVerdict(key('v', { control: true }), counter)).toBe('pass');
    expect(shortcutVerdict(key('F5', { control: true }), counter)).toBe('block');
    expect(shortcutVerdict(key('F4', { alt: true }), counter)).toBe('block');
  });

  it('leaves DevTools keys to development builds', () => {
    expect(shortcutVerdict(key('I', { control: true, shift: true }), { screen: 'counter', production: false })).toBe('pass');
    expect(shortcutVerdict(key('F12'), { screen: 'counter', production: false })).toBe('pass');
  });

  it('the admin chord asks for a manager’s PIN; key releases pass', () => {
    expect(shortcutVerdict(key('Q', { control: true, alt: true, shift: true }), unattended)).toBe('adminExit');
    expect(shortcutVerdict({ ...key('F4', { alt: true }), type: 'keyUp' }, unattended)).toBe('pass');
  });
});

describe('permissions', () => {
  it('grants only what a screen needs, only to the hall', () => {
    expect(isPermissionAllowed('display', 'fullscreen', `${HOST}/display`, HOST)).toBe(true);
    expect(isPermissionAllowed('display', 'screen-wake-lock', `${HOST}/display`, HOST)).toBe(true);
    expect(isPermissionAllowed('display', 'fullscreen', 'https://evil.example/', HOST)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'usb', 'serial', 'hid', 'clipboard-read', 'midi']) {
      for (const screen of ['counter', 'manager', 'customer', 'display', 'kiosk'] as const) expect(isPermissionAllowed(screen, p, HOST, HOST)).toBe(false);
    }
    expect(isPermissionAllowed(null, 'fullscreen', HOST, HOST)).toBe(false);
  });
});

describe('content security policy', () => {
  it('scripts only from the hall, no eval, no frames, events only to the hall', () => {
    const csp = contentSecurityPolicy('http://192.168.1.10:8731');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain('connect-src \'self\' ws://192.168.1.10:8731');
  });
});

// A kiosk's identity decides which printer prints its slips, so it is never made up: the id
// from its URL (remembered), else "main", the kiosk the demo branch and the docs configure.
import { describe, expect, it } from 'vitest';
import { terminalIdFor, DEFAULT_KIOSK_TERMINAL_ID } from '../../renderer/client/device-session.ts';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
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

describe('device terminal ids', () => {
  it('a browser kiosk is "main" unless its URL names it, and keeps a named id on later loads', () => {
    const storage = memoryStorage({ 'counterdesk.terminal.kiosk': 'kiosk-t7x27b7k' }); // a random id from before
    expect(terminalIdFor('kiosk', storage, '')).toBe(DEFAULT_KIOSK_TERMINAL_ID);
    expect(DEFAULT_KIOSK_TERMINAL_ID).toBe('main');
    expect(terminalIdFor('kiosk', storage, '?terminal=lobby')).toBe('lobby');
    expect(terminalIdFor('kiosk', storage, '')).toBe('lobby');
    expect(terminalIdFor('kiosk', storage, '?terminal=bad%20id')).toBe('lobby');
  });

  it('a display keeps whatever id it was first given', () => {
    const storage = memoryStorage();
    const first = terminalIdFor('display', storage, '');
    expect(first).toMatch(/^display-[a-z0-9]+$/);
    expect(terminalIdFor('display', storage, '')).toBe(first);
  });
});

import { describe, it, expect } from 'vitest';
import { planWindows, urlFor, isAllowedNavigation, type MonitorInfo } from '../../electron/main/window-plan.ts';

const primary: MonitorInfo = { id: 1, primary: true, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const second: MonitorInfo = { id: 2, primary: false, bounds: { x: 1366, y: 0, width: 800, height: 480 } };

describe('window plan', () => {
  it('a counter PC with one monitor opens only the counter screen', () => {
    expect(planWindows({ kind: 'counter', windowNo: 3 }, [primary])).toEqual([
      { screen: 'counter', monitorId: 1, bounds: primary.bounds, kiosk: false, query: { window: '3' } },
    ]);
  });
  it('a counter PC with a second monitor puts the customer display there, locked down', () => {
    const plan = planWindows({ kind: 'counter', windowNo: 3 }, [second, primary]);
    expect(plan.map((p) => [p.screen, p.monitorId, p.kiosk])).toEqual([
      ['counter', 1, false],
      ['customer', 2, true],
    ]);
    expect(urlFor('http://127.0.0.1:8731', plan[1]!)).toBe('http://127.0.0.1:8731/customer?window=3');
  });
  it('a display PC fills every monitor with the hall display', () => {
    expect(planWindows({ kind: 'display', windowNo: null }, [primary, second]).map((p) => p.screen)).toEqual(['display', 'display']);
  });
  it('a kiosk is locked down', () => {
    expect(planWindows({ kind: 'kiosk', windowNo: null }, [primary])[0]).toMatchObject({ screen: 'kiosk', kiosk: true });
  });
  it('no monitors, no windows', () => {
    expect(planWindows({ kind: 'counter', windowNo: 1 }, [])).toEqual([]);
  });
  it('keeps navigation on the hall origin', () => {
    expect(isAllowedNavigation('http://127.0.0.1:8731', 'http://127.0.0.1:8731/counter')).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:8731', 'https://evil.example/')).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:8731', 'not a url')).toBe(false);
  });
});

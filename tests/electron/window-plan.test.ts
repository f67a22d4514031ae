// The window plan: each role on its display across display layouts, and what hot-plug does.
import { describe, it, expect } from 'vitest';
import { planWindows, replan, urlFor, orderMonitors, type MonitorInfo } from '../../electron/main/window-plan.ts';
import { terminalConfigSchema, type TerminalConfigInput, type WindowSpec } from '../../electron/main/terminal-config.ts';

const primary: MonitorInfo = { id: 1, primary: true, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const right: MonitorInfo = { id: 2, primary: false, bounds: { x: 1366, y: 0, width: 800, height: 480 } };
const left: MonitorInfo = { id: 3, primary: false, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };

const specs = (windows: TerminalConfigInput['windows']): WindowSpec[] => terminalConfigSchema.parse({ version: 1, terminalId: 't', hall: { mode: 'embedded' }, windows }).windows;
const where = (plan: ReturnType<typeof planWindows>) => plan.map((p) => [p.key, p.monitorId, p.hidden]);

describe('window plan', () => {
  const counterPc = specs([{ screen: 'counter', windowNo: 3 }, { screen: 'customer', windowNo: 3 }]);

  it('a counter PC: counter maximised on the primary, its customer display full screen on the second', () => {
    const plan = planWindows(counterPc, [right, primary]);
    expect(plan.map((p) => [p.screen, p.monitorId, p.kiosk, p.maximize, p.hidden])).toEqual([
      ['counter', 1, false, true, false],
      ['customer', 2, true, false, false],
    ]);
    expect(urlFor('http://127.0.0.1:8731', plan[1]!)).toBe('http://127.0.0.1:8731/customer?window=3');
    expect(urlFor('http://127.0.0.1:8731/', plan[0]!)).toBe('http://127.0.0.1:8731/counter?window=3');
  });

  it('a counter PC with one display: the customer display waits hidden rather than cover the counter', () => {
    expect(where(planWindows(counterPc, [primary]))).toEqual([
      ['counter-3', 1, false],
      ['customer-3', 1, true],
    ]);
  });

  it('a single-PC branch: counter, hall display, kiosk and manager on numbered displays', () => {
    const branch = specs([
      { screen: 'counter', windowNo: 1, display: 1 },
      { screen: 'display', display: 2 },
      { screen: 'kiosk', display: 3 },
      { screen: 'manager', display: 4 },
    ]);
    // displays are numbered primary first, then left to right
    expect(orderMonitors([right, left, primary]).map((m) => m.id)).toEqual([1, 3, 2]);
    expect(where(planWindows(branch, [right, left, primary]))).toEqual([
      ['counter-1', 1, false],
      ['display', 3, false],
      ['kiosk', 2, false],
      ['manager', 1, false], // no 4th display: a framed window may share the primary
    ]);
  });

  it('a display PC with two hall displays, and a kiosk alone on its PC', () => {
    const tv = specs([{ screen: 'display', display: 1 }, { screen: 'display', display: 2 }]);
    expect(where(planWindows(tv, [primary, right]))).toEqual([
      ['display-1', 1, false],
      ['display-2', 2, false],
    ]);
    expect(planWindows(specs([{ screen: 'kiosk' }]), [primary])[0]).toMatchObject({ screen: 'kiosk', kiosk: true, monitorId: 1, hidden: false, query: {} });
    // a lone unattended window whose display is missing takes the primary (nobody else is there)
    expect(where(planWindows(specs([{ screen: 'display', display: 'secondary' }]), [primary]))).toEqual([['display', 1, false]]);
  });

  it('no displays, no windows', () => {
    expect(planWindows(counterPc, [])).toEqual([]);
  });

  it('hot-plug: the windows that must move, hide or come back', () => {
    const before = planWindows(counterPc, [primary, right]);
    const unplugged = replan(before, counterPc, [primary]);
    expect(unplugged.map((c) => [c.key, c.from.monitorId, c.to.monitorId, c.to.hidden])).toEqual([['customer-3', 2, 1, true]]);
    const after = planWindows(counterPc, [primary]);
    const back = replan(after, counterPc, [primary, right]);
    expect(back.map((c) => [c.key, c.to.monitorId, c.to.hidden])).toEqual([['customer-3', 2, false]]);
    // a resolution change on the same display moves the window to the new bounds
    const resized = replan(before, counterPc, [primary, { ...right, bounds: { ...right.bounds, width: 1024, height: 600 } }]);
    expect(resized.map((c) => [c.key, c.to.bounds.width])).toEqual([['customer-3', 1024]]);
    expect(replan(before, counterPc, [primary, right])).toEqual([]);
  });
});

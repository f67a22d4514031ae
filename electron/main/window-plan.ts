// Which windows a terminal opens, on which display, and how each is shown, decided without
// Electron so it can be unit-tested. The shell only carries the plan out, and asks again
// whenever a display comes or goes (hot-plug).
import type { DeviceRole } from '../../shared/roles.ts';
import type { DisplayChoice, ScreenName, WindowSpec } from './terminal-config.ts';

export type { ScreenName } from './terminal-config.ts';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MonitorInfo {
  id: number;
  primary: boolean;
  bounds: Bounds;
}

/** The role a window's session has: devices get one opened by the shell, staff screens sign in. */
export const SCREEN_ROLES: Record<ScreenName, DeviceRole | 'staff'> = {
  counter: 'staff',
  manager: 'staff',
  customer: 'customerDisplay',
  display: 'display',
  kiosk: 'kiosk',
};

/** Unattended screens: full screen in kiosk mode, display never sleeps. */
export function isUnattended(screen: ScreenName): boolean {
  return SCREEN_ROLES[screen] !== 'staff';
}

export interface PlannedWindow {
  /** Stable name of the window in this terminal (`counter-3`, `display-2`): the device session's terminal id suffix. */
  key: string;
  screen: ScreenName;
  windowNo: number | null;
  /** The device session's terminal id when the configuration names it. */
  deviceName: string | null;
  /** Where it should be (as configured) and where it is now (the primary when that display is missing). */
  wanted: DisplayChoice;
  monitorId: number;
  bounds: Bounds;
  /** Its display is missing and the primary is taken: hidden until the display returns. */
  hidden: boolean;
  /** Kiosk lockdown: full screen, no frame, cannot be left with the keyboard. */
  kiosk: boolean;
  /** The counter and manager fill their display but keep their frame. */
  maximize: boolean;
  query: Record<string, string>;
}

/** Displays in a stable order: the primary first, then left to right, top to bottom. */
export function orderMonitors(monitors: MonitorInfo[]): MonitorInfo[] {
  return [...monitors].sort((a, b) => Number(b.primary) - Number(a.primary) || a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id);
}

function chosenMonitor(choice: DisplayChoice, ordered: MonitorInfo[]): MonitorInfo | null {
  if (choice === 'primary') return ordered[0] ?? null;
  if (choice === 'secondary') return ordered[1] ?? null;
  return ordered[choice - 1] ?? null;
}

export function windowKey(spec: WindowSpec, index: number, specs: readonly WindowSpec[]): string {
  if ('windowNo' in spec) return `${spec.screen}-${spec.windowNo}`;
  const sameScreen = specs.filter((s) => s.screen === spec.screen);
  return sameScreen.length > 1 ? `${spec.screen}-${specs.slice(0, index + 1).filter((s) => s.screen === spec.screen).length}` : spec.screen;
}

/**
 * Places each configured window on its display. A window whose display is missing moves to
 * the primary display, unless it is an unattended full-screen window and the primary is
 * already someone's: then it waits hidden rather than cover the counter.
 */
export function planWindows(specs: readonly WindowSpec[], monitors: MonitorInfo[]): PlannedWindow[] {
  const ordered = orderMonitors(monitors);
  const primary = ordered[0];
  if (!primary) return [];
  const placed = specs.map((spec) => ({ spec, monitor: chosenMonitor(spec.display, ordered) }));
  const primaryTaken = placed.some((p) => p.monitor?.id === primary.id);
  return placed.map(({ spec, monitor }, index): PlannedWindow => {
    const kiosk = isUnattended(spec.screen);
    const missing = monitor === null;
    const target = monitor ?? primary;
    const windowNo = 'windowNo' in spec ? spec.windowNo : null;
    return {
      key: windowKey(spec, index, specs),
      screen: spec.screen,
      windowNo,
      deviceName: 'deviceName' in spec ? (spec.deviceName ?? null) : null,
      wanted: spec.display,
      monitorId: target.id,
      bounds: target.bounds,
      hidden: missing && kiosk && primaryTaken,
      kiosk,
      maximize: !kiosk,
      query: windowNo === null ? ({} as Record<string, string>) : { window: String(windowNo) },
    };
  });
}

export interface PlacementChange {
  key: string;
  from: { monitorId: number; hidden: boolean };
  to: PlannedWindow;
}

/** What a display change means for windows already open: the ones to move, hide or show again. */
export function replan(current: readonly PlannedWindow[], specs: readonly WindowSpec[], monitors: MonitorInfo[]): PlacementChange[] {
  const next = planWindows(specs, monitors);
  const changes: PlacementChange[] = [];
  for (const to of next) {
    const from = current.find((c) => c.key === to.key);
    if (!from) continue;
    const sameBounds = from.bounds.x === to.bounds.x && from.bounds.y === to.bounds.y && from.bounds.width === to.bounds.width && from.bounds.height === to.bounds.height;
    if (from.monitorId !== to.monitorId || from.hidden !== to.hidden || !sameBounds) changes.push({ key: to.key, from: { monitorId: from.monitorId, hidden: from.hidden }, to });
  }
  return changes;
}

/** The page a planned window loads from the hall host. */
export function urlFor(hostUrl: string, window: Pick<PlannedWindow, 'screen' | 'query'>): string {
  const query = new URLSearchParams(window.query).toString();
  return `${hostUrl.replace(/\/$/, '')}/${window.screen}${query ? `?${query}` : ''}`;
}

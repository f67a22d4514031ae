// Which windows a terminal opens, on which monitor, decided without Electron so it can be
// unit-tested. The shell (app.ts) only carries the plan out.
export type ScreenName = 'counter' | 'customer' | 'display' | 'kiosk' | 'manager';

export interface MonitorInfo {
  id: number;
  primary: boolean;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface TerminalProfile {
  /** counter: a cashier PC (counter window + customer display on a second monitor if present). */
  kind: 'counter' | 'kiosk' | 'display' | 'manager';
  windowNo: number | null;
}

export interface PlannedWindow {
  screen: ScreenName;
  monitorId: number;
  bounds: { x: number; y: number; width: number; height: number };
  /** Kiosk lockdown: full screen, no frame, no menu, cannot be closed by the user. */
  kiosk: boolean;
  query: Record<string, string>;
}

export function planWindows(profile: TerminalProfile, monitors: MonitorInfo[]): PlannedWindow[] {
  if (monitors.length === 0) return [];
  const primary = monitors.find((m) => m.primary) ?? monitors[0]!;
  const secondary = monitors.find((m) => m.id !== primary.id) ?? null;
  const windowQuery: Record<string, string> = profile.windowNo === null ? {} : { window: String(profile.windowNo) };
  switch (profile.kind) {
    case 'counter': {
      const planned: PlannedWindow[] = [{ screen: 'counter', monitorId: primary.id, bounds: primary.bounds, kiosk: false, query: windowQuery }];
      if (secondary) planned.push({ screen: 'customer', monitorId: secondary.id, bounds: secondary.bounds, kiosk: true, query: windowQuery });
      return planned;
    }
    case 'kiosk':
      return [{ screen: 'kiosk', monitorId: primary.id, bounds: primary.bounds, kiosk: true, query: {} }];
    case 'display':
      return monitors.map((m) => ({ screen: 'display' as const, monitorId: m.id, bounds: m.bounds, kiosk: true, query: {} }));
    case 'manager':
      return [{ screen: 'manager', monitorId: primary.id, bounds: primary.bounds, kiosk: false, query: {} }];
  }
}

/** The page a planned window loads from the hall host. */
export function urlFor(hostUrl: string, window: PlannedWindow): string {
  const query = new URLSearchParams(window.query).toString();
  return `${hostUrl}/${window.screen}${query ? `?${query}` : ''}`;
}

/** Navigation stays on the hall's origin; anything else (a link in a notice) is refused. */
export function isAllowedNavigation(hostUrl: string, target: string): boolean {
  try {
    return new URL(target).origin === new URL(hostUrl).origin;
  } catch {
    return false;
  }
}

// Which screen a path opens. The only place that knows all role screens; the screens
// themselves never import each other. Each screen is its own chunk, loaded before the first
// render (not through React.lazy, whose Suspense reveal is throttled by ~300 ms in React 19).
import type { ComponentType } from 'react';
import type { DeviceRole } from '../../shared/roles.ts';
import type { PairingRole } from '../../shared/api/pairing.api.ts';

export interface ScreenEntry {
  load: () => Promise<ComponentType>;
  /** Unattended screens open a device session on load; staff screens sign in. */
  deviceRole: DeviceRole | null;
  /** A staff screen bound to its machine: in a browser it is paired as this before anyone signs in (the shell's windows are known to it). */
  pairsAs?: Extract<PairingRole, 'counter'>;
}

export const SCREENS: Record<string, ScreenEntry> = {
  counter: { load: () => import('../counter/CounterScreen.tsx').then((m) => m.CounterScreen), deviceRole: null, pairsAs: 'counter' },
  customer: { load: () => import('../customer/CustomerScreen.tsx').then((m) => m.CustomerScreen), deviceRole: 'customerDisplay' },
  display: { load: () => import('../display/DisplayScreen.tsx').then((m) => m.DisplayScreen), deviceRole: 'display' },
  kiosk: { load: () => import('../kiosk/KioskScreen.tsx').then((m) => m.KioskScreen), deviceRole: 'kiosk' },
  manager: { load: () => import('../manager/ManagerScreen.tsx').then((m) => m.ManagerScreen), deviceRole: null },
};

export function screenFromPath(pathname: string, bridgeScreen: string | undefined): string {
  if (bridgeScreen && bridgeScreen in SCREENS) return bridgeScreen;
  const first = pathname.split('/').filter(Boolean)[0] ?? 'counter';
  return first in SCREENS ? first : 'counter';
}

// Which screen a path opens. The only place that knows all role screens; the screens
// themselves never import each other.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { DeviceRole } from '../../shared/roles.ts';

export interface ScreenEntry {
  component: LazyExoticComponent<ComponentType>;
  /** Unattended screens open a device session on load; staff screens sign in. */
  deviceRole: DeviceRole | null;
}

export const SCREENS: Record<string, ScreenEntry> = {
  counter: { component: lazy(() => import('../counter/CounterScreen.tsx').then((m) => ({ default: m.CounterScreen }))), deviceRole: null },
  customer: { component: lazy(() => import('../customer/CustomerScreen.tsx').then((m) => ({ default: m.CustomerScreen }))), deviceRole: 'customerDisplay' },
  display: { component: lazy(() => import('../display/DisplayScreen.tsx').then((m) => ({ default: m.DisplayScreen }))), deviceRole: 'display' },
  kiosk: { component: lazy(() => import('../kiosk/KioskScreen.tsx').then((m) => ({ default: m.KioskScreen }))), deviceRole: 'kiosk' },
  manager: { component: lazy(() => import('../manager/ManagerScreen.tsx').then((m) => ({ default: m.ManagerScreen }))), deviceRole: null },
};

export function screenFromPath(pathname: string, bridgeScreen: string | undefined): string {
  if (bridgeScreen && bridgeScreen in SCREENS) return bridgeScreen;
  const first = pathname.split('/').filter(Boolean)[0] ?? 'counter';
  return first in SCREENS ? first : 'counter';
}

// What a window of the shell may do, decided without Electron: where it may navigate, which
// keys the shell swallows before the page sees them, which permissions a screen gets, and the
// content security policy of every page. The shell applies these; the tests read them.
import type { ScreenName } from './terminal-config.ts';
import { isUnattended } from './window-plan.ts';

/** Navigation stays on the hall's origin; anything else (a link in a notice, a redirect) is refused. */
export function isAllowedNavigation(hostUrl: string, target: string): boolean {
  try {
    const to = new URL(target);
    return (to.protocol === 'http:' || to.protocol === 'https:') && to.origin === new URL(hostUrl).origin;
  } catch {
    return false;
  }
}

/** The key event as Electron's before-input-event gives it (a subset of Electron.Input). */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

export type ShortcutVerdict = 'pass' | 'block' | 'adminExit';

/** The one chord that asks for a manager's PIN to leave a locked-down window (Ctrl+Alt+Shift+Q). */
export function isAdminExitChord(input: KeyInput): boolean {
  return input.control && input.alt && input.shift && input.key.toLowerCase() === 'q';
}

/**
 * Keys the shell keeps from the page and the window: closing (Alt+F4, Ctrl+W, Ctrl+F4, Ctrl+Q),
 * reloading (Ctrl+R, Ctrl+Shift+R; F5 on unattended screens — the counter uses F5 to re-run
 * its checks), full screen (F11), zoom, printing dialogs, new windows, view-source and, in
 * production, the developer tools. Function keys the counter uses (F1–F9) pass.
 */
export function shortcutVerdict(input: KeyInput, context: { screen: ScreenName; production: boolean }): ShortcutVerdict {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return 'pass';
  if (isAdminExitChord(input)) return 'adminExit';
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const ctrl = input.control || input.meta;
  const devTools = key === 'F12' || (ctrl && input.shift && ['i', 'j', 'c'].includes(key)) || (input.meta && input.alt && ['i', 'j', 'c'].includes(key));
  if (devTools) return context.production ? 'block' : 'pass';
  if (key === 'F4' && (input.alt || ctrl)) return 'block';
  if (key === 'F11') return 'block';
  if (key === 'F5' && (ctrl || input.shift || isUnattended(context.screen))) return 'block';
  if (key === 'BrowserBack' || key === 'BrowserForward' || key === 'BrowserRefresh') return 'block';
  if (input.alt && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')) return 'block';
  if (ctrl && ['w', 'q', 'r', 'n', 't', 'o', 's', 'p', 'u', 'g', 'h', 'j', 'd', '+', '=', '-', '_', '0'].includes(key)) return 'block';
  if (key === 'Alt' && isUnattended(context.screen)) return 'block';
  return 'pass';
}

type Permission = string;

/**
 * Permissions are refused unless the screen needs them: the hall display speaks the calls
 * (audio plays without a user gesture — granted by the autoplay switch, not a permission) and
 * may hold the screen awake; the kiosk and displays run full screen. Nothing gets camera,
 * microphone, geolocation, notifications, USB/serial/HID, clipboard reads or external links.
 */
const SCREEN_PERMISSIONS: Record<ScreenName, readonly Permission[]> = {
  counter: ['clipboard-sanitized-write'],
  manager: ['clipboard-sanitized-write'],
  customer: ['fullscreen', 'screen-wake-lock'],
  display: ['fullscreen', 'screen-wake-lock', 'speaker-selection'],
  kiosk: ['fullscreen', 'screen-wake-lock'],
};

export function isPermissionAllowed(screen: ScreenName | null, permission: Permission, requestingOrigin: string, hostUrl: string): boolean {
  if (!screen) return false;
  if (!isAllowedNavigation(hostUrl, requestingOrigin)) return false;
  return SCREEN_PERMISSIONS[screen].includes(permission);
}

/** The pages' content security policy (shared with the hall host, which sends it too). */
export { contentSecurityPolicy } from '../../shared/security-policy.ts';

/** Chromium switches for unattended screens: the hall display speaks calls without anyone touching it first. */
export const CHROMIUM_SWITCHES: ReadonlyArray<readonly [string, string?]> = [['autoplay-policy', 'no-user-gesture-required']];

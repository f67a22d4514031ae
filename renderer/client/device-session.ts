// An unattended screen (kiosk, hall display, customer display) in a browser must be paired
// before it gets a session: it asks the hall, shows the code it was given until a manager
// confirms it, keeps the device token in localStorage and opens its session with it. When the
// hall says the pairing is gone (revoked, unused too long) the screen starts over. In the shell
// the main process opens the window's session itself: no pairing there.
import type { DeviceRole } from '../../shared/roles.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import type { PairingRole } from '../../shared/api/pairing.api.ts';
import { ApiCallError, DEVICE_NOT_PAIRED, type HallClient } from './client.ts';

/**
 * The kiosk's printer is configured for its terminal id (print target `kiosk:<id>`), so a kiosk's id
 * is never made up: it comes from the URL (`/kiosk?terminal=lobby`, kept for later loads) or is
 * `main`, the id the demo branch and docs/printing.md configure. The pairing then binds the id.
 * Other devices only need an id that stays the same in the audit log.
 */
export const DEFAULT_KIOSK_TERMINAL_ID = 'main';

export function terminalIdFor(role: string, storage: Storage, search: string): string {
  const key = role === 'kiosk' ? 'counterdesk.terminal.kiosk.configured' : `counterdesk.terminal.${role}`;
  const fromUrl = new URLSearchParams(search).get('terminal');
  if (fromUrl && /^[A-Za-z0-9._-]{1,40}$/.test(fromUrl)) {
    storage.setItem(key, fromUrl);
    return fromUrl;
  }
  let id = storage.getItem(key);
  if (!id) {
    id = role === 'kiosk' ? DEFAULT_KIOSK_TERMINAL_ID : `${role}-${Math.random().toString(36).slice(2, 10)}`;
    storage.setItem(key, id);
  }
  return id;
}

/** What the pairing screen shows while the device waits for a manager. */
export type PairingView =
  | { phase: 'asking' }
  | { phase: 'code'; code: string; expiresAt: string; terminalId: string; screen: PairingRole; windowNo: number | null }
  | { phase: 'failed'; message: string };

export interface PairingOptions {
  /** What this screen is, as it asks to be paired. */
  screen: PairingRole;
  windowNo: number | null;
  /** The name it asks to be paired under (a kiosk's decides its printer). */
  terminalId: string;
  storage: Storage;
  search: string;
  /** Called as the pairing goes on (null: paired, nothing to show). */
  onView(view: PairingView | null): void;
  /** How long to wait between two questions to the hall while the code is shown. */
  pollMs?: number;
  /** Stops waiting (the page is leaving). */
  cancelled?(): boolean;
}

interface Pending {
  deviceToken: string;
  code: string;
  expiresAt: string;
}

// one pairing per screen, window and name: a kiosk opened under another name is another device
const deviceKey = (o: Pick<PairingOptions, 'screen' | 'windowNo' | 'terminalId'>) => `counterdesk.device.${o.screen}.${o.windowNo ?? '-'}.${o.terminalId}`;
const pendingKey = (o: Pick<PairingOptions, 'screen' | 'windowNo' | 'terminalId'>) => `${deviceKey(o)}.pending`;
const autoKey = 'counterdesk.device.autoPaired';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the demo hall paired this browser's screens by itself (the screen says so). */
export function wasAutoPaired(storage: Storage): boolean {
  return storage.getItem(autoKey) === '1';
}

/** Forgets this screen's pairing (the hall said it is gone): the next `ensurePaired` asks again. */
export function forgetPairing(options: Pick<PairingOptions, 'storage' | 'screen' | 'windowNo' | 'terminalId'>): void {
  options.storage.removeItem(deviceKey(options));
  options.storage.removeItem(pendingKey(options));
}

/**
 * This browser's device token for the screen, pairing first when there is none: the code is
 * shown (onView) until a manager confirms it; a code that ran out is replaced by a new one.
 */
export async function ensurePaired(client: HallClient, options: PairingOptions): Promise<string> {
  const { storage, screen, windowNo, terminalId } = options;
  const saved = storage.getItem(deviceKey(options));
  if (saved) {
    client.setDeviceToken(saved);
    return saved;
  }
  let pending = readPending(options);
  for (;;) {
    if (options.cancelled?.()) throw new Error('cancelled');
    if (!pending) {
      options.onView({ phase: 'asking' });
      const asked = await client.call('pairing.request', { terminalId, screen, windowNo });
      if (asked.autoConfirmed) {
        storage.setItem(autoKey, '1');
        return paired(client, options, asked.deviceToken);
      }
      pending = { deviceToken: asked.deviceToken, code: asked.code, expiresAt: asked.expiresAt };
      storage.setItem(pendingKey(options), JSON.stringify(pending));
    }
    options.onView({ phase: 'code', code: pending.code, expiresAt: pending.expiresAt, terminalId, screen, windowNo });
    const { state } = await client.call('pairing.status', { deviceToken: pending.deviceToken });
    if (state === 'paired') {
      storage.removeItem(autoKey);
      return paired(client, options, pending.deviceToken);
    }
    if (state !== 'pending') {
      // ran out, or unknown to this hall (a new database): ask again
      storage.removeItem(pendingKey(options));
      pending = null;
      continue;
    }
    await wait(options.pollMs ?? 2000);
  }
}

function readPending(options: PairingOptions): Pending | null {
  try {
    const value = JSON.parse(options.storage.getItem(pendingKey(options)) ?? 'null') as Pending | null;
    return value && typeof value.deviceToken === 'string' && typeof value.code === 'string' ? value : null;
  } catch {
    return null;
  }
}

function paired(client: HallClient, options: PairingOptions, deviceToken: string): string {
  options.storage.setItem(deviceKey(options), deviceToken);
  options.storage.removeItem(pendingKey(options));
  client.setDeviceToken(deviceToken);
  options.onView(null);
  return deviceToken;
}

/** Where a screen asks to be paired, and how it waits (what a screen passes, with the pairing's defaults). */
type WaitOptions = Pick<PairingOptions, 'storage' | 'search' | 'pollMs' | 'cancelled'> & { onView?: PairingOptions['onView'] };

function pairingOf(screen: PairingRole, windowNo: number | null, terminalId: string, options: WaitOptions): PairingOptions {
  return {
    screen,
    windowNo,
    terminalId,
    storage: options.storage,
    search: options.search,
    onView: options.onView ?? (() => undefined),
    ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
    ...(options.cancelled ? { cancelled: options.cancelled } : {}),
  };
}

/**
 * The device's session: in the shell, the window's own (main opens it); in a browser, opened
 * with this browser's pairing, which is made first when there is none, and made again when the
 * hall says it is gone.
 */
export async function ensureDeviceSession(
  client: HallClient,
  options: { role: DeviceRole; windowNo: number | null; locale: Locale; storage: Storage; search: string; onView?: (view: PairingView | null) => void; pollMs?: number; cancelled?: () => boolean },
): Promise<void> {
  if (client.inShell) {
    const session = await client.call('session.openDevice', { role: options.role, windowNo: options.windowNo, locale: options.locale });
    client.setToken(session.token);
    return;
  }
  const terminalId = terminalIdFor(options.role, options.storage, options.search);
  const key = `counterdesk.session.${options.role}.${options.windowNo ?? '-'}.${terminalId}`;
  const pairing = pairingOf(options.role, options.windowNo, terminalId, options);
  for (let attempt = 0; attempt < 3; attempt++) {
    await ensurePaired(client, pairing);
    try {
      const saved = options.storage.getItem(key);
      if (saved) {
        client.setToken(saved);
        try {
          await client.call('session.whoami', {});
          return;
        } catch (error) {
          if (!(error instanceof ApiCallError) || error.code !== 'session_expired' || error.body.key === DEVICE_NOT_PAIRED) throw error;
        }
      }
      client.setToken(null);
      const session = await client.call('session.openDevice', { locale: options.locale });
      options.storage.setItem(key, session.token);
      client.setToken(session.token);
      return;
    } catch (error) {
      if (!(error instanceof ApiCallError) || error.body.key !== DEVICE_NOT_PAIRED) throw error;
      // revoked or ran out: forget it and pair again
      forgetPairing(pairing);
      options.storage.removeItem(key);
      client.setToken(null);
      client.setDeviceToken(null);
    }
  }
  throw new Error('pairing did not hold');
}

/**
 * A counter PC in a browser: paired as "counter PC for window N" before anyone signs in there
 * (the hall takes a window only from the PC paired for it). The window is the pairing's, which
 * the manager chose when confirming; the URL's `?window=` is only what the PC asks for.
 * Returns that window.
 */
export async function ensureCounterPairing(
  client: HallClient,
  options: { askWindow: number; storage: Storage; search: string; onView?: (view: PairingView | null) => void; pollMs?: number; cancelled?: () => boolean },
): Promise<number> {
  const pairing = pairingOf('counter', options.askWindow, terminalIdFor('counter', options.storage, options.search), options);
  for (let attempt = 0; attempt < 3; attempt++) {
    const deviceToken = await ensurePaired(client, pairing);
    // a revoked token is refused with the call itself (it rides along as the header)
    const { state, device } = await client.call('pairing.status', { deviceToken }).catch((error: unknown) => {
      if (error instanceof ApiCallError && error.body.key === DEVICE_NOT_PAIRED) return { state: 'revoked' as const, device: null };
      throw error;
    });
    if (state === 'paired' && device?.role === 'counter' && device.windowNo !== null) {
      client.setPairedWindow(device.windowNo);
      return device.windowNo;
    }
    // revoked, run out, or paired as something else: forget it and pair again
    forgetPairing(pairing);
    client.setDeviceToken(null);
    client.setPairedWindow(null);
  }
  throw new Error('pairing did not hold');
}

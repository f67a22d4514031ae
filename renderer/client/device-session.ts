// An unattended screen (kiosk, hall display, customer display) keeps its session token in
// localStorage and opens a new one when the hall no longer knows it.
import type { DeviceRole } from '../../shared/roles.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import { ApiCallError, type HallClient } from './client.ts';

/**
 * The kiosk's printer is configured for its terminal id (print target `kiosk:<id>`), so a kiosk's id
 * is never made up: it comes from the URL (`/kiosk?terminal=lobby`, kept for later loads) or is
 * `main`, the id the demo branch and docs/printing.md configure. Device pairing may later bind
 * the id instead. Other devices only need an id that stays the same in the audit log.
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

export async function ensureDeviceSession(
  client: HallClient,
  options: { role: DeviceRole; windowNo: number | null; locale: Locale; storage: Storage; search: string },
): Promise<void> {
  const key = `counterdesk.session.${options.role}.${options.windowNo ?? '-'}`;
  const terminalId = terminalIdFor(options.role, options.storage, options.search);
  const saved = options.storage.getItem(key);
  if (saved) {
    client.setToken(saved);
    try {
      // a session opened under another id (an old random kiosk id, a changed URL) is not reused
      if ((await client.call('session.whoami', {})).terminalId === terminalId) return;
    } catch (error) {
      if (!(error instanceof ApiCallError) || error.code !== 'session_expired') throw error;
    }
  }
  const session = await client.call('session.openDevice', { role: options.role, terminalId, windowNo: options.windowNo, locale: options.locale });
  options.storage.setItem(key, session.token);
  client.setToken(session.token);
}

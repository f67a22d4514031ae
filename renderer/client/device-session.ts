// An unattended screen (kiosk, hall display, customer display) keeps its session token in
// localStorage and opens a new one when the hall no longer knows it.
import type { DeviceRole } from '../../shared/roles.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import { ApiCallError, type HallClient } from './client.ts';

export function terminalIdFor(role: string, storage: Storage, search: string): string {
  const fromUrl = new URLSearchParams(search).get('terminal');
  if (fromUrl && /^[A-Za-z0-9._-]{1,64}$/.test(fromUrl)) return fromUrl;
  const key = `counterdesk.terminal.${role}`;
  let id = storage.getItem(key);
  if (!id) {
    id = `${role}-${Math.random().toString(36).slice(2, 10)}`;
    storage.setItem(key, id);
  }
  return id;
}

export async function ensureDeviceSession(
  client: HallClient,
  options: { role: DeviceRole; windowNo: number | null; locale: Locale; storage: Storage; search: string },
): Promise<void> {
  const key = `counterdesk.session.${options.role}.${options.windowNo ?? '-'}`;
  const saved = options.storage.getItem(key);
  if (saved) {
    client.setToken(saved);
    try {
      await client.call('session.whoami', {});
      return;
    } catch (error) {
      if (!(error instanceof ApiCallError) || error.code !== 'session_expired') throw error;
    }
  }
  const terminalId = terminalIdFor(options.role, options.storage, options.search);
  const session = await client.call('session.openDevice', { role: options.role, terminalId, windowNo: options.windowNo, locale: options.locale });
  options.storage.setItem(key, session.token);
  client.setToken(session.token);
}

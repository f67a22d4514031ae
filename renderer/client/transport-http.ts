// Browser transport: POST /api/<method> for calls, /events WebSocket for pushed events,
// reconnecting with back-off so a hall display on a TV recovers from a host restart.
// A browser never sees WebSocket pings, and a host that lost power or a pulled cable closes
// nothing: the socket just goes quiet. So the hall sends a beat every few seconds, and a socket
// silent for three beats is dropped and dialled again, as if it had closed.
import type { ApiResponse } from '../../shared/errors.ts';
import type { BridgeEvent } from '../../shared/bridge.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import type { Transport } from './transport.ts';
import { API_VERSION_HEADER, CLIENT_API_VERSION } from './api-version.ts';
import { DEVICE_TOKEN_HEADER } from '../../shared/device-token.ts';

/** Back-off between attempts: never more than 4 s, so a screen is back within 5 s of its host. */
export const RETRY_MS = [250, 500, 1000, 2000, 4000];
/** Beats a socket may miss before it counts as dead. */
export const MISSED_BEATS = 3;

/** When things happen: the browser's clock, or a test's. */
export interface TransportTimers {
  after(ms: number, fn: () => void): () => void;
}

const browserTimers: TransportTimers = {
  after(ms, fn) {
    const handle = setTimeout(fn, ms);
    return () => clearTimeout(handle);
  },
};

/** `version`: the contract this screen was built from (a test names an older one). */
export function httpTransport(baseUrl: string, timers: TransportTimers = browserTimers, version: string | null = CLIENT_API_VERSION): Transport {
  const base = baseUrl.replace(/\/$/, '');
  return {
    async call(method, input, token, locale: Locale, device): Promise<ApiResponse> {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-counterdesk-locale': locale };
      if (version) headers[API_VERSION_HEADER] = version;
      if (token) headers.authorization = `Bearer ${token}`;
      if (device) headers[DEVICE_TOKEN_HEADER] = device;
      try {
        const res = await fetch(`${base}/api/${encodeURIComponent(method)}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
        return (await res.json()) as ApiResponse;
      } catch (error) {
        // Said in words by the screen (renderer/ui/use-call.ts); the detail is for the log and staff.
        return { ok: false, error: { code: 'transport', message: String(error), params: { detail: String(error) } } };
      }
    },
    subscribe(token, onEvent, onStatus, onRejected): () => void {
      let socket: WebSocket | null = null;
      let attempt = 0;
      let stopped = false;
      // told to reload: dialling again would hear the same until the page is reloaded
      let outdated = false;
      let cancelRetry = (): void => {};
      let cancelWatchdog = (): void => {};
      let silenceMs = 0;
      const wsUrl = `${base.replace(/^http/, 'ws')}/events`;
      const heard = (): void => {
        cancelWatchdog();
        if (silenceMs > 0) cancelWatchdog = timers.after(silenceMs, drop);
      };
      const closed = (): void => {
        cancelWatchdog();
        socket = null;
        if (stopped) return;
        onStatus('offline');
        if (outdated) return;
        cancelRetry = timers.after(RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]!, connect);
      };
      // A silent socket is let go without waiting for a close handshake that will never come.
      function drop(): void {
        const dead = socket;
        if (!dead) return;
        dead.onclose = null;
        dead.onmessage = null;
        dead.close();
        closed();
      }
      function connect(): void {
        onStatus('connecting');
        const current = new WebSocket(wsUrl);
        socket = current;
        // `apiVersion: null` is a screen running from sources; leaving it out would read as an old build
        current.onopen = () => current.send(JSON.stringify({ type: 'hello', token, apiVersion: version }));
        current.onmessage = (message) => {
          const frame = JSON.parse(String(message.data)) as { type: string; heartbeatMs?: number; code?: string } & Partial<BridgeEvent>;
          if (frame.type === 'rejected') {
            // an old screen, or a session that is over (signed out, taken over): dialling again would be refused again
            if (frame.code === 'reload_required' || frame.code === 'session_expired') outdated = true;
            onRejected?.(frame.code ?? '');
          } else if (frame.type === 'welcome') {
            attempt = 0;
            silenceMs = typeof frame.heartbeatMs === 'number' && frame.heartbeatMs > 0 ? frame.heartbeatMs * MISSED_BEATS : 0;
            onStatus('online');
          } else if (frame.type === 'event' && frame.name) {
            onEvent({ name: frame.name, payload: frame.payload, seq: frame.seq ?? 0, at: frame.at ?? '' });
          }
          heard();
        };
        current.onclose = closed;
      }
      connect();
      return () => {
        stopped = true;
        cancelRetry();
        cancelWatchdog();
        socket?.close();
      };
    },
  };
}

// The hall as the shell's windows reach it: calls with an identity, and events for a session.
// Embedded: the hall runs in this process (dispatcher + bus). Remote: the branch's host over
// HTTP + WebSocket, with this device's paired token on every request. The IPC router does not
// know which one it talks to.
import { API_VERSION, API_VERSION_HEADER } from '../../shared/api/version.ts';
import WebSocket from 'ws';
import { events, isEventName } from '../../shared/api/index.ts';
import { DEVICE_TOKEN_HEADER } from '../../shared/api/pairing.api.ts';
import { eventReaches, type EventAudience } from '../../shared/api/contract.ts';
import type { ApiResponse } from '../../shared/errors.ts';
import type { BridgeEvent } from '../../shared/bridge.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import type { Hall } from '../hall/hall.ts';
import type { HallHost } from '../hall/transport/host.ts';

export interface ShellIdentity {
  token: string | null;
  locale?: Locale;
  /** The window's terminal id, for the audit of calls made before a session exists. */
  terminalHint?: string;
  /** 'ipc:<terminal>': where the call came from, for the audit and the guessing guard. */
  source?: string;
}

export interface HallPort {
  /** Where the windows load their pages from. */
  readonly url: string;
  call(identity: ShellIdentity, method: string, input: unknown): Promise<ApiResponse>;
  /** Events the session's role may see, until the returned function is called. */
  subscribe(token: string | null, onEvent: (event: BridgeEvent) => void): () => void;
  close(): Promise<void>;
}

export function embeddedHallPort(hall: Hall, host: HallHost): HallPort {
  return {
    url: host.url,
    call: (identity, method, input) => hall.dispatcher.call(identity, method, input),
    subscribe(token, onEvent) {
      let audience: EventAudience;
      try {
        const { role, windowNo } = hall.dispatcher.callerFor({ token });
        audience = { role, windowNo };
      } catch {
        return () => undefined; // ended or unknown session: no events until it signs in again
      }
      return hall.bus.subscribe((published) => {
        if (eventReaches(events[published.name], published.payload, audience)) onEvent(published);
      });
    },
    async close() {
      await host.close();
      hall.close();
    },
  };
}

/** Header carrying this device's paired token to the branch's host (checked there by the pairing module). */
export { DEVICE_TOKEN_HEADER };

export function remoteHallPort(url: string, deviceToken: string, options: { fetch?: typeof fetch; retryMs?: number } = {}): HallPort {
  const base = url.replace(/\/$/, '');
  const doFetch = options.fetch ?? fetch;
  const sockets = new Set<WebSocket>();
  return {
    url: base,
    async call(identity, method, input) {
      const headers: Record<string, string> = { 'content-type': 'application/json', [DEVICE_TOKEN_HEADER]: deviceToken, [API_VERSION_HEADER]: API_VERSION };
      if (identity.token) headers.authorization = `Bearer ${identity.token}`;
      if (identity.locale) headers['x-counterdesk-locale'] = identity.locale;
      try {
        const res = await doFetch(`${base}/api/${encodeURIComponent(method)}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
        return (await res.json()) as ApiResponse;
      } catch (error) {
        return { ok: false, error: { code: 'transport', message: String(error) } };
      }
    },
    subscribe(token, onEvent) {
      // No event reaches a session-less caller, and the host closes a token-less socket that is no browser.
      if (token === null) return () => undefined;
      let stopped = false;
      let socket: WebSocket | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const connect = (): void => {
        socket = new WebSocket(`${base.replace(/^http/, 'ws')}/events`, { headers: { [DEVICE_TOKEN_HEADER]: deviceToken } });
        sockets.add(socket);
        socket.on('open', () => socket?.send(JSON.stringify({ type: 'hello', token, apiVersion: API_VERSION })));
        socket.on('message', (data) => {
          const frame = JSON.parse(String(data)) as { type: string } & Partial<BridgeEvent>;
          if (frame.type === 'event' && frame.name && isEventName(frame.name)) onEvent({ name: frame.name, payload: frame.payload, seq: frame.seq ?? 0, at: frame.at ?? '' });
        });
        socket.on('error', () => undefined);
        socket.on('close', () => {
          if (socket) sockets.delete(socket);
          if (!stopped) timer = setTimeout(connect, options.retryMs ?? 2000);
        });
      };
      connect();
      return () => {
        stopped = true;
        clearTimeout(timer);
        socket?.close();
      };
    },
    async close() {
      for (const socket of sockets) socket.terminate();
    },
  };
}

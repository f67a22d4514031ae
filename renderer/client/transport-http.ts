// Browser transport: POST /api/<method> for calls, /events WebSocket for pushed events,
// reconnecting with back-off so a hall display on a TV recovers from a host restart.
import type { ApiResponse } from '../../shared/errors.ts';
import type { BridgeEvent } from '../../shared/bridge.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import type { Transport } from './transport.ts';

const RETRY_MS = [250, 500, 1000, 2000, 4000];

export function httpTransport(baseUrl: string): Transport {
  const base = baseUrl.replace(/\/$/, '');
  return {
    async call(method, input, token, locale: Locale): Promise<ApiResponse> {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-counterdesk-locale': locale };
      if (token) headers.authorization = `Bearer ${token}`;
      try {
        const res = await fetch(`${base}/api/${encodeURIComponent(method)}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
        return (await res.json()) as ApiResponse;
      } catch (error) {
        // Said in words by the screen (renderer/ui/use-call.ts); the detail is for the log and staff.
        return { ok: false, error: { code: 'transport', message: String(error), params: { detail: String(error) } } };
      }
    },
    subscribe(token, onEvent, onStatus): () => void {
      let socket: WebSocket | null = null;
      let attempt = 0;
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const wsUrl = `${base.replace(/^http/, 'ws')}/events`;
      const connect = (): void => {
        onStatus('connecting');
        socket = new WebSocket(wsUrl);
        socket.onopen = () => socket?.send(JSON.stringify({ type: 'hello', token }));
        socket.onmessage = (message) => {
          const frame = JSON.parse(String(message.data)) as { type: string } & Partial<BridgeEvent>;
          if (frame.type === 'welcome') {
            attempt = 0;
            onStatus('online');
          } else if (frame.type === 'event' && frame.name) {
            onEvent({ name: frame.name, payload: frame.payload, seq: frame.seq ?? 0, at: frame.at ?? '' });
          }
        };
        socket.onclose = () => {
          socket = null;
          if (stopped) return;
          onStatus('offline');
          timer = setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
        };
      };
      connect();
      return () => {
        stopped = true;
        clearTimeout(timer);
        socket?.close();
      };
    },
  };
}

// The object the Electron preload exposes as window.counterdesk, and the only thing the
// renderer may reach through it. The IPC transport in renderer/client is built on it.
import type { ApiResponse } from './errors.ts';
import type { Locale } from './i18n/define.ts';

export const IPC_CALL_CHANNEL = 'counterdesk:call';
export const IPC_EVENT_CHANNEL = 'counterdesk:event';

export interface BridgeEvent {
  name: string;
  payload: unknown;
  seq: number;
  at: string;
}

export interface CounterDeskBridge {
  /** No token travels: the main process calls as the window (its device session or its signed-in operator). */
  call(method: string, input: unknown, locale: Locale): Promise<ApiResponse>;
  onEvent(listener: (event: BridgeEvent) => void): () => void;
  /** Which screen this window is, as the shell decided (never chosen by the page itself). */
  readonly screen: string;
}

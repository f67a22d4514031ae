// The object the Electron preload exposes as window.counterdesk, and the only thing the
// renderer may reach through it. The IPC transport in renderer/client is built on it.
import type { ApiResponse } from './errors.ts';
import type { Locale } from './i18n/define.ts';

export const IPC_CALL_CHANNEL = 'counterdesk:call';
export const IPC_EVENT_CHANNEL = 'counterdesk:event';
/** Main asks a page for something only a person can give (a manager's PIN to leave or configure a locked-down window). */
export const IPC_SHELL_CHANNEL = 'counterdesk:shell';

/** What the shell asks of a page: `admin` — a manager's PIN was asked for with the admin key chord. */
export interface ShellRequest {
  request: 'admin';
}

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
  /** The shell's requests to this page (the admin dialog listens). */
  onShellRequest(listener: (request: ShellRequest) => void): () => void;
  /** Which screen this window is, as the shell decided (never chosen by the page itself). */
  readonly screen: string;
}

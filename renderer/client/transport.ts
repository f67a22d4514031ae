import type { ApiResponse } from '../../shared/errors.ts';
import type { BridgeEvent } from '../../shared/bridge.ts';
import type { Locale } from '../../shared/i18n/index.ts';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

/** Moves calls and events between a screen and the hall: IPC in Electron, HTTP + WebSocket in a browser. */
export interface Transport {
  /** `device`: this browser's paired device token, sent beside the session's (the shell's windows have none: main knows them). */
  call(method: string, input: unknown, token: string | null, locale: Locale, device?: string | null): Promise<ApiResponse>;
  /**
   * Starts delivering events for the session; `onStatus` reports connection changes (a reconnect
   * means: resync); `onRejected` hears why the hall turned the subscription away (`reload_required`:
   * this screen was built from another contract than the hall's; `session_expired`: signed out,
   * taken over at its window, expired), after which the transport stops dialling with it.
   */
  subscribe(
    token: string | null,
    onEvent: (event: BridgeEvent) => void,
    onStatus: (status: ConnectionStatus) => void,
    onRejected?: (code: string) => void,
  ): () => void;
}

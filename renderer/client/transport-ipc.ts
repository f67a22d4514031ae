// Electron transport: the preload's bridge carries calls over IPC; the main process
// attaches the window's identity, so the page never claims a role.
import type { CounterDeskBridge } from '../../shared/bridge.ts';
import type { Transport } from './transport.ts';

export function ipcTransport(bridge: CounterDeskBridge): Transport {
  return {
    // The window's session is kept by the main process; the page's token stays on the page.
    call: (method, input, _token, locale) => bridge.call(method, input, locale),
    subscribe(_token, onEvent, onStatus) {
      onStatus('online');
      return bridge.onEvent(onEvent);
    },
  };
}

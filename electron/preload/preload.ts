// The preload exposes exactly one object, window.counterdesk: a typed call into the hall
// and an event subscription. No Node, no ipcRenderer, nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type BridgeEvent, type CounterDeskBridge } from '../../shared/bridge.ts';

const screen = new URLSearchParams(globalThis.location.search).get('screen') ?? globalThis.location.pathname.split('/')[1] ?? 'counter';

const bridge: CounterDeskBridge = {
  call: (method, input, locale) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input, locale),
  onEvent(listener) {
    const wrapped = (_event: unknown, payload: BridgeEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.off(IPC_EVENT_CHANNEL, wrapped);
  },
  screen,
};

contextBridge.exposeInMainWorld('counterdesk', bridge);

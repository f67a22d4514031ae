// The preload exposes exactly one object, window.counterdesk: a typed call into the hall
// and an event subscription. No Node, no ipcRenderer, nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_SHELL_CHANNEL, type BridgeEvent, type CounterDeskBridge, type ShellRequest } from '../../shared/bridge.ts';

const screen = new URLSearchParams(globalThis.location.search).get('screen') ?? globalThis.location.pathname.split('/')[1] ?? 'counter';

function listen<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapped = (_event: unknown, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.off(channel, wrapped);
}

const bridge: CounterDeskBridge = {
  call: (method, input, locale) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input, locale),
  onEvent: (listener) => listen<BridgeEvent>(IPC_EVENT_CHANNEL, listener),
  onShellRequest: (listener) => listen<ShellRequest>(IPC_SHELL_CHANNEL, listener),
  screen,
};

contextBridge.exposeInMainWorld('counterdesk', bridge);

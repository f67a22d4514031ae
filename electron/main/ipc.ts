// IPC transport: the preload's calls arrive here and go through the same dispatcher as
// HTTP. Events are forwarded to the windows whose session role may see them.
import { ipcMain, type WebContents } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/bridge.ts';
import { events } from '../../shared/api/index.ts';
import type { Dispatcher } from '../hall/dispatch.ts';
import type { EventBus } from '../hall/events.ts';

export function registerIpc(dispatcher: Dispatcher, bus: EventBus, tokenOf: (sender: WebContents) => string | null): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, (event, method: unknown, input: unknown, token: unknown) => {
    if (typeof method !== 'string') return { ok: false, error: { code: 'invalid_input', message: 'method must be a string' } };
    // The window's own session wins over whatever the page sends: the renderer never claims a role.
    const sessionToken = tokenOf(event.sender) ?? (typeof token === 'string' ? token : null);
    return dispatcher.call({ token: sessionToken }, method, input);
  });
  const unsubscribe = bus.subscribe((published) => {
    const allowed = events[published.name].roles;
    for (const contents of webContentsWithRoles()) {
      if (allowed.includes(contents.role)) contents.target.send(IPC_EVENT_CHANNEL, published);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
    unsubscribe();
  };

  function webContentsWithRoles(): Array<{ target: WebContents; role: ReturnType<Dispatcher['callerFor']>['role'] }> {
    const out: Array<{ target: WebContents; role: ReturnType<Dispatcher['callerFor']>['role'] }> = [];
    for (const target of liveContents) {
      if (target.isDestroyed()) {
        liveContents.delete(target);
        continue;
      }
      try {
        out.push({ target, role: dispatcher.callerFor({ token: tokenOf(target) }).role });
      } catch {
        // expired session: that window gets no events until it signs in again
      }
    }
    return out;
  }
}

const liveContents = new Set<WebContents>();
/** Windows opened by the shell register here to receive events. */
export function trackContents(contents: WebContents): void {
  liveContents.add(contents);
}

// IPC transport: the preload's calls arrive here and go to the hall with the identity of the
// window that sent them — never one the page claims. Every message is checked: it must come
// from the main frame of a window the shell opened, showing a page of the hall. Sign-in and
// device sessions are the window's business, decided by its place in the window plan.
import { IPC_CALL_CHANNEL } from '../../shared/bridge.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../shared/i18n/index.ts';
import type { ApiErrorCode, ApiResponse } from '../../shared/errors.ts';
import { translate } from '../hall/i18n.ts';
import type { HallPort } from './hall-port.ts';
import type { WindowSessions, WindowSession } from './window-sessions.ts';
import { isAllowedNavigation } from './lockdown.ts';
import { SCREEN_ROLES } from './window-plan.ts';
import { SHELL_METHOD_PREFIX } from '../../shared/shell-api.ts';
import type { AdminAction, TerminalAdmin } from './terminal-admin.ts';

/** A frame as Electron's WebFrameMain describes it. */
export interface FrameInfo {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
}

/** The part of Electron's IpcMainInvokeEvent the router reads. */
export interface CallEvent {
  readonly sender: { readonly id: number; readonly mainFrame: FrameInfo };
  readonly senderFrame: FrameInfo | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: CallEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

function refusal(code: ApiErrorCode, locale: Locale, key: string, params: Record<string, string | number> = {}): ApiResponse {
  return { ok: false, error: { code, ...(key !== code ? { key } : {}), message: translate(locale, key.includes(':') ? key : `errors:${key}`, params), params } };
}

/** The sender is the top frame of its window and shows a page of the hall (not a navigated-away or framed page). */
export function isTrustedSender(event: CallEvent, hostUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  const top = event.sender.mainFrame;
  if (frame.processId !== top.processId || frame.routingId !== top.routingId) return false;
  return isAllowedNavigation(hostUrl, frame.url);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createIpcRouter(hall: HallPort, sessions: WindowSessions, admin: TerminalAdmin | null = null) {
  /** One call from a window: the window's session is used, sign-in/out is recorded for the window. */
  async function route(window: WindowSession, method: string, input: unknown, locale: Locale): Promise<ApiResponse> {
    const staff = SCREEN_ROLES[window.plan.screen] === 'staff';
    const source = `ipc:${window.terminalId}`;
    const identity = { token: sessions.tokenOf(window), locale, terminalHint: window.terminalId, source };
    switch (method) {
      case 'session.openDevice': {
        // A device page asking for a session gets its window's, whatever role it names.
        if (staff) return refusal('forbidden', locale, 'forbidden', { role: window.plan.screen });
        const token = await sessions.ensureDeviceSession(window);
        if (!token) return refusal('unavailable', locale, 'shell:deviceSessionUnavailable');
        return hall.call({ token, locale }, 'session.whoami', {});
      }
      case 'session.login': {
        if (!staff) return refusal('forbidden', locale, 'forbidden', { role: window.plan.screen });
        // The counter number and terminal are the window's, not the form's.
        const claimed = isPlainObject(input) ? input : {};
        const response = await hall.call({ token: null, locale, terminalHint: window.terminalId, source }, method, {
          ...claimed,
          terminalId: window.terminalId,
          windowNo: window.plan.windowNo,
        });
        if (response.ok) {
          if (window.staffToken) void hall.call({ token: window.staffToken, locale }, 'session.logout', {});
          sessions.setStaffToken(window, (response.result as { token: string }).token);
        }
        return response;
      }
      case 'staff.approveTerminalAdmin': {
        // The hall checks the manager's PIN and audits it as this window; the shell acts only on a yes.
        const response = await hall.call(identity, method, input);
        if (response.ok && admin && isPlainObject(input)) admin.approved(window, input.action as AdminAction, (response.result as { operatorCode: string }).operatorCode);
        return response;
      }
      case 'session.logout': {
        const response = await hall.call(identity, method, input);
        if (staff) sessions.setStaffToken(window, null);
        return response;
      }
      default:
        // The shell's own calls (the terminal file) are answered here and never reach the hall.
        if (method.startsWith(SHELL_METHOD_PREFIX)) return admin ? admin.handle(window, method, input, locale) : refusal('unknown_method', locale, 'unknown_method', { method });
        return hall.call(identity, method, input);
    }
  }

  /** The IPC handler: checks the sender, then routes the call as its window. */
  return async function onCall(event: CallEvent, method: unknown, input: unknown, locale: unknown): Promise<ApiResponse> {
    const lang = typeof locale === 'string' && isLocale(locale) ? locale : DEFAULT_LOCALE;
    const window = sessions.get(event.sender);
    if (!window || !isTrustedSender(event, hall.url)) return refusal('forbidden', lang, 'shell:untrustedSender');
    if (typeof method !== 'string') return refusal('invalid_input', lang, 'invalid_input', { detail: 'method' });
    return route(window, method, input, lang);
  };
}

export function registerIpc(ipcMain: IpcMainLike, hall: HallPort, sessions: WindowSessions, admin: TerminalAdmin | null = null): () => void {
  const onCall = createIpcRouter(hall, sessions, admin);
  ipcMain.handle(IPC_CALL_CHANNEL, (event, method, input, locale) => onCall(event, method, input, locale));
  return () => ipcMain.removeHandler(IPC_CALL_CHANNEL);
}

// The renderer's one typed client. Method names, inputs, outputs and event payloads come
// from shared/api, so a screen cannot call something the hall does not declare.
import type { MethodName, Input, Output, EventName, Payload } from '../../shared/api/index.ts';
import type { ApiErrorBody } from '../../shared/errors.ts';
import type { CounterDeskBridge } from '../../shared/bridge.ts';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/index.ts';
import type { ConnectionStatus, Transport } from './transport.ts';
import { httpTransport } from './transport-http.ts';
import { ipcTransport } from './transport-ipc.ts';
import { chooseHall, listedHalls } from './hall-origin.ts';

export class ApiCallError extends Error {
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.body = body;
  }
  get code(): string {
    return this.body.code;
  }
}

/** The hall's answer to a device whose pairing is gone. */
export const DEVICE_NOT_PAIRED = 'net:errors.deviceNotPaired';

type EventHandler = (payload: unknown, meta: { seq: number; at: string }) => void;

/** What a screen must show above everything else: the host was updated, or a `?hall=` was not followed. */
export type HallNotice = { key: 'reloadRequired' } | { key: 'hallIgnored'; hall: string };

export class HallClient {
  private readonly transport: Transport;
  private token: string | null = null;
  private deviceToken: string | null = null;
  private readonly unpairedListeners = new Set<() => void>();
  private readonly sessionEndedListeners = new Set<(error: ApiErrorBody) => void>();
  private counterWindow: number | null = null;
  private readonly shell: boolean;
  private locale: Locale = DEFAULT_LOCALE;
  private readonly handlers = new Map<string, Set<EventHandler>>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private unsubscribe: (() => void) | null = null;
  private currentStatus: ConnectionStatus = 'connecting';
  private noticeList: HallNotice[] = [];
  private readonly noticeListeners = new Set<(notices: HallNotice[]) => void>();

  constructor(transport: Transport, options: { shell?: boolean } = {}) {
    this.transport = transport;
    this.shell = options.shell ?? false;
  }

  /** This browser's paired device token, carried with every call (null: none, or in the shell). */
  setDeviceToken(token: string | null): void {
    this.deviceToken = token;
  }

  /** Called when the hall says this device's pairing is gone (revoked, expired): the screen pairs again. */
  onUnpaired(listener: () => void): () => void {
    this.unpairedListeners.add(listener);
    return () => this.unpairedListeners.delete(listener);
  }

  /**
   * Called when the hall ends this screen's session under it (another sign-in took the window
   * over, a manager revoked the PC, it expired), with the hall's reason in the screen's language.
   */
  onSessionEnded(listener: (error: ApiErrorBody) => void): () => void {
    this.sessionEndedListeners.add(listener);
    return () => this.sessionEndedListeners.delete(listener);
  }

  /** The window this browser's counter PC was paired for (a manager chose it); null in the shell or before pairing. */
  get pairedWindow(): number | null {
    return this.counterWindow;
  }

  setPairedWindow(windowNo: number | null): void {
    this.counterWindow = windowNo;
  }

  /** In the shell (IPC) the main process holds the window's identity; pairing is for browsers. */
  get inShell(): boolean {
    return this.shell;
  }

  setToken(token: string | null): void {
    this.token = token;
    if (this.unsubscribe) this.connectEvents();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
  }

  get status(): ConnectionStatus {
    return this.currentStatus;
  }

  async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const response = await this.transport.call(method, input, this.token, this.locale, this.deviceToken);
    if (!response.ok && response.error.code === 'reload_required') this.notice({ key: 'reloadRequired' });
    if (!response.ok) {
      if (response.error.key === DEVICE_NOT_PAIRED) for (const listener of this.unpairedListeners) listener();
      // in the shell the page holds no token (main keeps the window's session), yet the session is as much the screen's
      else if (response.error.code === 'session_expired' && (this.token !== null || this.shell)) for (const listener of this.sessionEndedListeners) listener(response.error);
      throw new ApiCallError(response.error);
    }
    return response.result as Output<M>;
  }

  notice(notice: HallNotice): void {
    if (this.noticeList.some((n) => n.key === notice.key)) return;
    this.noticeList = [...this.noticeList, notice];
    for (const listener of this.noticeListeners) listener(this.noticeList);
  }

  onNotices(listener: (notices: HallNotice[]) => void): () => void {
    this.noticeListeners.add(listener);
    listener(this.noticeList);
    return () => this.noticeListeners.delete(listener);
  }

  on<E extends EventName>(name: E, handler: (payload: Payload<E>, meta: { seq: number; at: string }) => void): () => void {
    let set = this.handlers.get(name);
    if (!set) this.handlers.set(name, (set = new Set()));
    set.add(handler as EventHandler);
    return () => set.delete(handler as EventHandler);
  }

  /** Connection changes; 'online' after 'offline' means the screen should re-read its state. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    listener(this.currentStatus);
    return () => this.statusListeners.delete(listener);
  }

  connectEvents(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.transport.subscribe(
      this.token,
      (event) => {
        for (const handler of this.handlers.get(event.name) ?? []) handler(event.payload, { seq: event.seq, at: event.at });
      },
      (status) => {
        this.currentStatus = status;
        for (const listener of this.statusListeners) listener(status);
      },
      (code) => {
        if (code === 'reload_required') this.notice({ key: 'reloadRequired' });
        // the socket was refused its session: asking who we are brings back the hall's reason
        else void this.call('session.whoami', {}).catch(() => undefined);
      },
    );
  }

  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}

declare global {
  interface Window {
    counterdesk?: CounterDeskBridge;
  }
}

/** IPC inside Electron, HTTP + WebSocket to the page's own origin (or a `?hall=` the host lists) in a browser. */
export function createHallClient(win: Window = window): HallClient {
  if (win.counterdesk) return new HallClient(ipcTransport(win.counterdesk), { shell: true });
  const choice = chooseHall(win.location.search, win.location.origin, listedHalls(win.document));
  const client = new HallClient(httpTransport(choice.base));
  if (choice.ignored !== null) client.notice({ key: 'hallIgnored', hall: choice.ignored });
  return client;
}

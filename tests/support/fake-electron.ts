// Fake Electron objects for the shell's wiring (Electron cannot run here). They implement the
// narrow interfaces of electron/main/shell-deps.ts, record what the shell asked of them, and
// let a test play the user, the renderer and the operating system: IPC calls from a window's
// frame, crashes, hangs, key presses, displays coming and going.
import { EventEmitter } from 'node:events';
import type { CallEvent, FrameInfo } from '../../electron/main/ipc.ts';
import type { AppLike, DisplayLike, PermissionSession, ShellBrowserWindow, ShellDeps, ShellWebContents, WindowOptions } from '../../electron/main/shell-deps.ts';
import type { HallPort } from '../../electron/main/hall-port.ts';
import type { TerminalConfig } from '../../electron/main/terminal-config.ts';
import type { TerminalFile } from '../../electron/main/terminal-file.ts';
import type { KeyInput } from '../../electron/main/lockdown.ts';
import type { Bounds } from '../../electron/main/window-plan.ts';

let nextId = 1;

export class FakeWebContents extends EventEmitter implements ShellWebContents {
  readonly id = nextId++;
  mainFrame: FrameInfo = { url: 'about:blank', processId: 1, routingId: this.id * 10 };
  readonly sent: Array<{ channel: string; payload: { name?: string; payload?: unknown; request?: string } }> = [];
  destroyed = false;
  crashedOnPurpose = 0;
  devToolsClosed = 0;
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload: payload as never });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  forcefullyCrashRenderer(): void {
    this.crashedOnPurpose++;
  }
  closeDevTools(): void {
    this.devToolsClosed++;
  }
  /** Names of the events the window received over IPC. */
  receivedEvents(): string[] {
    return this.sent.filter((s) => s.channel === 'counterdesk:event').map((s) => s.payload.name!);
  }
  /** The renderer process died and a new one will show the next page. */
  crash(reason = 'crashed'): void {
    this.mainFrame = { ...this.mainFrame, processId: this.mainFrame.processId + 1 };
    this.emit('render-process-gone', {}, { reason, exitCode: 1 });
  }
  /** A key press as before-input-event delivers it; true when the shell kept it from the page. */
  press(key: string, mods: Partial<Omit<KeyInput, 'key' | 'type'>> = {}): boolean {
    let prevented = false;
    this.emit('before-input-event', { preventDefault: () => (prevented = true) }, { type: 'keyDown', key, control: false, alt: false, shift: false, meta: false, ...mods });
    return prevented;
  }
  /** A navigation attempt; true when the shell allowed it. */
  navigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return !prevented;
  }
}

export class FakeWindow extends EventEmitter implements ShellBrowserWindow {
  readonly webContents = new FakeWebContents();
  readonly options: WindowOptions;
  readonly loaded: string[] = [];
  bounds: Bounds;
  kiosk = false;
  visible = false;
  maximized = false;
  minimized = false;
  focused = 0;
  destroyed = false;
  constructor(options: WindowOptions) {
    super();
    this.options = options;
    this.bounds = { x: options.x, y: options.y, width: options.width, height: options.height };
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.mainFrame = { ...this.webContents.mainFrame, url };
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  setKiosk(flag: boolean): void {
    this.kiosk = flag;
  }
  maximize(): void {
    this.maximized = true;
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.focused++;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** The user or the window manager asks the window to close; true when it closed. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
    return !prevented;
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: CallEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: CallEvent, ...args: unknown[]) => unknown): void {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** A call from the page in `from`'s top frame (or from another frame). */
  async invoke<T = { ok: boolean; result?: unknown; error?: { code: string; message: string } }>(
    from: FakeWindow,
    method: unknown,
    input: unknown,
    options: { locale?: string; frame?: FrameInfo | null } = {},
  ): Promise<T> {
    const handler = this.handlers.get('counterdesk:call');
    if (!handler) throw new Error('no IPC call handler');
    const contents = from.webContents;
    const event: CallEvent = { sender: contents, senderFrame: options.frame === undefined ? contents.mainFrame : options.frame };
    return (await handler(event, method, input, options.locale ?? 'zh-CN')) as T;
  }
}

export class FakeScreen extends EventEmitter {
  displays: DisplayLike[];
  primaryId: number;
  constructor(displays: DisplayLike[]) {
    super();
    this.displays = displays;
    this.primaryId = displays[0]!.id;
  }
  getAllDisplays(): DisplayLike[] {
    return this.displays;
  }
  getPrimaryDisplay(): DisplayLike {
    return this.displays.find((d) => d.id === this.primaryId)!;
  }
  unplug(id: number): void {
    this.displays = this.displays.filter((d) => d.id !== id);
    this.emit('display-removed', {}, { id });
  }
  plug(display: DisplayLike): void {
    this.displays = [...this.displays, display];
    this.emit('display-added', {}, display);
  }
}

export class FakeApp extends EventEmitter implements AppLike {
  locked = true;
  quitCalls = 0;
  exitCode: number | null = null;
  relaunched = 0;
  loginItem: { openAtLogin: boolean } | null = null;
  requestSingleInstanceLock(): boolean {
    return this.locked;
  }
  quit(): void {
    this.quitCalls++;
    this.emit('before-quit');
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  relaunch(): void {
    this.relaunched++;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  setLoginItemSettings(settings: { openAtLogin: boolean }): void {
    this.loginItem = settings;
  }
}

export class FakeSession implements PermissionSession {
  requestHandler: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | null = null;
  checkHandler: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | null = null;
  headersListener: Parameters<PermissionSession['webRequest']['onHeadersReceived']>[0] | null = null;
  setPermissionRequestHandler(handler: Parameters<PermissionSession['setPermissionRequestHandler']>[0]): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: Parameters<PermissionSession['setPermissionCheckHandler']>[0]): void {
    this.checkHandler = handler;
  }
  readonly webRequest = {
    onHeadersReceived: (listener: Parameters<PermissionSession['webRequest']['onHeadersReceived']>[0]) => {
      this.headersListener = listener;
    },
  };
  /** Asks for a permission from a window's page; resolves with the shell's answer. */
  request(from: FakeWindow, permission: string): boolean {
    let granted: boolean | null = null;
    this.requestHandler!(from.webContents, permission, (g) => (granted = g), { requestingUrl: from.webContents.mainFrame.url });
    return granted!;
  }
  headersFor(url: string): Record<string, string[] | string> | undefined {
    let out: Record<string, string[] | string> | undefined;
    this.headersListener!({ url, responseHeaders: { 'content-type': ['text/html'] } }, (r) => (out = r.responseHeaders));
    return out;
  }
}

/** Timers the test runs by hand. */
export class ManualScheduler {
  readonly tasks: Array<{ fn: () => void; ms: number; cancelled: boolean }> = [];
  schedule = (fn: () => void, ms: number) => {
    const task = { fn, ms, cancelled: false };
    this.tasks.push(task);
    return { cancel: () => (task.cancelled = true) };
  };
  pending(): number[] {
    return this.tasks.filter((t) => !t.cancelled).map((t) => t.ms);
  }
  runAll(): void {
    for (const task of this.tasks.splice(0)) if (!task.cancelled) task.fn();
  }
}

export interface FakeElectron {
  deps: ShellDeps;
  app: FakeApp;
  ipc: FakeIpcMain;
  screen: FakeScreen;
  session: FakeSession;
  windows: FakeWindow[];
  timers: ManualScheduler;
  wakeLocks: Set<number>;
  menus: Array<null>;
  logs: string[];
  autostart: boolean[];
  file: MemoryTerminalFile;
  clock: ManualClock;
}

export const DISPLAY_1: DisplayLike = { id: 101, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
export const DISPLAY_2: DisplayLike = { id: 102, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
export const DISPLAY_3: DisplayLike = { id: 103, bounds: { x: 3286, y: 0, width: 1080, height: 1920 } };

/** terminal.json in memory: what the settings page saved, and a file that cannot be written. */
export class MemoryTerminalFile implements TerminalFile {
  readonly path = '/data/terminal.json';
  text: string | null;
  writes = 0;
  failWrites: string | null = null;
  constructor(text: string | null = null) {
    this.text = text;
  }
  read(): string | null {
    return this.text;
  }
  write(text: string): void {
    if (this.failWrites) throw new Error(this.failWrites);
    this.writes++;
    this.text = text;
  }
}

/** Milliseconds the test moves by hand. */
export class ManualClock {
  ms = Date.parse('2026-11-23T02:00:00.000Z');
  now = () => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

export function fakeElectron(options: { config: TerminalConfig; hall: HallPort; displays?: DisplayLike[]; production?: boolean; platform?: NodeJS.Platform; file?: MemoryTerminalFile; clock?: ManualClock }): FakeElectron {
  const windows: FakeWindow[] = [];
  const app = new FakeApp();
  const ipc = new FakeIpcMain();
  const screen = new FakeScreen(options.displays ?? [DISPLAY_1]);
  const session = new FakeSession();
  const timers = new ManualScheduler();
  const wakeLocks = new Set<number>();
  const menus: Array<null> = [];
  const logs: string[] = [];
  const autostart: boolean[] = [];
  const file = options.file ?? new MemoryTerminalFile(JSON.stringify(options.config));
  const clock = options.clock ?? new ManualClock();
  let lockId = 0;
  const deps: ShellDeps = {
    app,
    createWindow: (o) => {
      const w = new FakeWindow(o);
      windows.push(w);
      return w;
    },
    ipcMain: ipc,
    screen,
    setApplicationMenu: (menu) => menus.push(menu),
    powerSaveBlocker: {
      start: () => {
        wakeLocks.add(++lockId);
        return lockId;
      },
      stop: (id) => wakeLocks.delete(id),
    },
    session,
    config: options.config,
    terminalFile: file,
    openHall: async () => options.hall,
    preloadPath: '/app/dist-electron/preload.cjs',
    production: options.production ?? true,
    platform: options.platform ?? 'linux',
    writeAutostartEntry: (enabled) => autostart.push(enabled),
    now: clock.now,
    schedule: timers.schedule,
    log: (level, message) => logs.push(`${level} ${message}`),
  };
  return { deps, app, ipc, screen, session, windows, timers, wakeLocks, menus, logs, autostart, file, clock };
}

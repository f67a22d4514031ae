// The parts of Electron the shell uses, as narrow interfaces. app.ts passes the real objects
// (the typecheck against electron's own types proves they fit); tests pass fakes. Nothing
// here imports Electron at run time.
import type { Bounds, MonitorInfo } from './window-plan.ts';
import type { KeyInput } from './lockdown.ts';
import type { FrameInfo, IpcMainLike } from './ipc.ts';
import type { HallPort } from './hall-port.ts';
import type { TerminalConfig } from './terminal-config.ts';
import type { TerminalFile } from './terminal-file.ts';
import type { UpdaterLike } from './updates.ts';

export interface Preventable {
  preventDefault(): void;
}

export interface ShellWebContents {
  readonly id: number;
  readonly mainFrame: FrameInfo;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  forcefullyCrashRenderer(): void;
  closeDevTools(): void;
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode: number }) => void): unknown;
  on(event: 'before-input-event', listener: (event: Preventable, input: KeyInput) => void): unknown;
  on(event: 'devtools-opened', listener: () => void): unknown;
}

export interface WindowOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  show: boolean;
  kiosk: boolean;
  fullscreen: boolean;
  frame: boolean;
  autoHideMenuBar: boolean;
  backgroundColor: string;
  title: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    webSecurity: true;
    devTools: boolean;
    spellcheck: false;
  };
}

export interface ShellBrowserWindow {
  readonly webContents: ShellWebContents;
  loadURL(url: string): Promise<void>;
  setBounds(bounds: Partial<Bounds>): void;
  setKiosk(flag: boolean): void;
  maximize(): void;
  show(): void;
  hide(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  on(event: 'close', listener: (event: Preventable) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
  on(event: 'responsive', listener: () => void): unknown;
}

export interface DisplayLike {
  id: number;
  bounds: Bounds;
}

export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  on(event: 'display-added', listener: () => void): unknown;
  on(event: 'display-removed', listener: () => void): unknown;
  on(event: 'display-metrics-changed', listener: () => void): unknown;
}

export interface AppLike {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  exit(code?: number): void;
  relaunch(options?: { args?: string[] }): void;
  whenReady(): Promise<unknown>;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'before-quit', listener: () => void): unknown;
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void;
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: { id: number }, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: { id: number } | null, permission: string, requestingOrigin: string) => boolean): void;
  readonly webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void,
      ) => void,
    ): void;
  };
}

export interface ShellDeps {
  app: AppLike;
  createWindow(options: WindowOptions): ShellBrowserWindow;
  ipcMain: IpcMainLike;
  screen: ScreenLike;
  setApplicationMenu(menu: null): void;
  powerSaveBlocker: { start(type: 'prevent-display-sleep'): number; stop(id: number): void };
  session: PermissionSession;
  /** The terminal's configuration, already read and validated (safe default when the file is bad). */
  config: TerminalConfig;
  /** terminal.json, which the terminal settings page edits (behind a manager's PIN). */
  terminalFile: TerminalFile;
  /** Starts (embedded) or reaches (remote) the hall this terminal uses. */
  openHall(config: TerminalConfig): Promise<HallPort>;
  preloadPath: string;
  /** Packaged build: DevTools off, lockdown on. */
  production: boolean;
  platform: NodeJS.Platform;
  /** Start at login where Electron cannot (Linux: an XDG autostart entry). */
  writeAutostartEntry?(enabled: boolean): void;
  /** electron-updater's autoUpdater where the build has it (updates run only when the terminal file enables them). */
  updater?: UpdaterLike | null;
  /** Linux: the AppImage the app runs from ($APPIMAGE), the only Linux package that updates itself. */
  appImage?: string | null;
  /** Wall-clock milliseconds (tests pass their own clock). */
  now(): number;
  /** Timers (tests drive them by hand; nothing sleeps). */
  schedule(fn: () => void, ms: number): { cancel(): void };
  log(level: 'info' | 'warn' | 'error', message: string): void;
}

export type { MonitorInfo };

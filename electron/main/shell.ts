// The Electron shell's wiring, with Electron passed in: the hall, the IPC router that gives
// each window its own session, the windows of the plan on their displays, lockdown, and
// recovery from crashed or hung renderers. app.ts hands it the real Electron; the tests hand
// it fakes and exercise exactly this code.
import { IPC_EVENT_CHANNEL, IPC_SHELL_CHANNEL, type ShellRequest } from '../../shared/bridge.ts';
import { registerIpc } from './ipc.ts';
import { WindowSessions, type WindowSession } from './window-sessions.ts';
import { orderMonitors, planWindows, replan, urlFor, type MonitorInfo, type PlannedWindow } from './window-plan.ts';
import { contentSecurityPolicy, isAllowedNavigation, isPermissionAllowed, shortcutVerdict } from './lockdown.ts';
import type { HallPort } from './hall-port.ts';
import { createTerminalAdmin } from './terminal-admin.ts';
import { startUpdateChecks, updatePlan } from './updates.ts';
import type { ShellBrowserWindow, ShellDeps, WindowOptions } from './shell-deps.ts';

export { IPC_SHELL_CHANNEL };

/** After a renderer crash the page is reloaded this long after (longer when it keeps crashing). */
export const RELOAD_DELAYS_MS = [500, 2_000, 10_000, 30_000] as const;
/** A page that stays unresponsive this long is crashed on purpose and reloaded. */
export const HANG_TIMEOUT_MS = 15_000;

export interface ShellWindow {
  window: ShellBrowserWindow;
  plan: PlannedWindow;
  session: WindowSession;
  url: string;
  crashes: number;
}

export interface Shell {
  hall: HallPort;
  sessions: WindowSessions;
  windows(): ShellWindow[];
  /** Re-place windows after a display change (also wired to the screen's events). */
  displaysChanged(): void;
  /** Leaves the shell for good (admin exit or the operating system shutting down). */
  quit(): void;
  close(): Promise<void>;
}

export function monitorsOf(screen: ShellDeps['screen']): MonitorInfo[] {
  const primaryId = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => ({ id: d.id, primary: d.id === primaryId, bounds: d.bounds }));
}

/** Returns null when another instance already runs (that one is focused instead). */
export async function startShell(deps: ShellDeps): Promise<Shell | null> {
  const { app, config } = deps;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  await app.whenReady();
  deps.setApplicationMenu(null);
  applyStartAtLogin(deps);

  const hall = await deps.openHall(config);
  const sessions = new WindowSessions(hall, config.terminalId, IPC_EVENT_CHANNEL);
  const admin = createTerminalAdmin({
    exit: () => shell.quit(),
    restart: () => {
      app.relaunch();
      shell.quit();
    },
    now: deps.now,
    file: deps.terminalFile,
    running: config,
    displays: () => orderMonitors(monitorsOf(deps.screen)).map((m, i) => ({ n: i + 1, primary: m.primary, width: m.bounds.width, height: m.bounds.height })),
    log: deps.log,
  });
  const stopIpc = registerIpc(deps.ipcMain, hall, sessions, admin);
  const open: ShellWindow[] = [];
  let quitting = false;
  let wakeLock: number | null = null;

  const windowOf = (contentsId: number): ShellWindow | undefined => open.find((w) => !w.window.isDestroyed() && w.window.webContents.id === contentsId);
  const csp = contentSecurityPolicy(hall.url);
  deps.session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAllowedNavigation(hall.url, details.url)) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  deps.session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(windowOf(contents.id)?.plan.screen ?? null, permission, details.requestingUrl, hall.url));
  });
  deps.session.setPermissionCheckHandler((contents, permission, origin) => isPermissionAllowed(contents ? (windowOf(contents.id)?.plan.screen ?? null) : null, permission, origin, hall.url));

  const plans = planWindows(config.windows, monitorsOf(deps.screen));
  for (const plan of plans) open.push(await openWindow(plan));
  if (plans.some((p) => p.kiosk)) wakeLock = deps.powerSaveBlocker.start('prevent-display-sleep');
  const updater = deps.updater ?? null;
  const updates = startUpdateChecks(updatePlan(config, { production: deps.production, platform: deps.platform, appImage: deps.appImage ?? null, hasUpdater: updater !== null }), { updater, schedule: deps.schedule, log: deps.log });

  deps.screen.on('display-added', () => shell.displaysChanged());
  deps.screen.on('display-removed', () => shell.displaysChanged());
  deps.screen.on('display-metrics-changed', () => shell.displaysChanged());
  app.on('second-instance', () => {
    const target = open.find((w) => !w.plan.kiosk && !w.window.isDestroyed()) ?? open.find((w) => !w.window.isDestroyed());
    if (!target) return;
    if (target.window.isMinimized()) target.window.restore();
    target.window.show();
    target.window.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => app.quit());

  async function openWindow(plan: PlannedWindow): Promise<ShellWindow> {
    const options: WindowOptions = {
      ...plan.bounds,
      show: false,
      kiosk: plan.kiosk && deps.production,
      fullscreen: plan.kiosk,
      frame: !plan.kiosk,
      autoHideMenuBar: true,
      backgroundColor: '#ffffff',
      title: 'CounterDesk',
      webPreferences: {
        preload: deps.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        devTools: !deps.production,
        spellcheck: false,
      },
    };
    const window = deps.createWindow(options);
    const contents = window.webContents;
    const session = await sessions.attach(contents, plan);
    const entry: ShellWindow = { window, plan, session, url: urlFor(hall.url, plan), crashes: 0 };

    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    const keepOnHall = (event: { preventDefault(): void }, target: string) => {
      if (!isAllowedNavigation(hall.url, target)) event.preventDefault();
    };
    contents.on('will-navigate', keepOnHall);
    contents.on('will-redirect', keepOnHall);
    contents.on('before-input-event', (event, input) => {
      const verdict = shortcutVerdict(input, { screen: entry.plan.screen, production: deps.production });
      if (verdict === 'pass') return;
      event.preventDefault();
      if (verdict === 'adminExit' && !contents.isDestroyed()) contents.send(IPC_SHELL_CHANNEL, { request: 'admin' } satisfies ShellRequest);
    });
    contents.on('devtools-opened', () => {
      if (deps.production) contents.closeDevTools();
    });

    // A crashed page comes back to its screen; its session is the window's and survives.
    contents.on('render-process-gone', (_event, details) => {
      if (quitting || details.reason === 'clean-exit') return;
      const delay = RELOAD_DELAYS_MS[Math.min(entry.crashes, RELOAD_DELAYS_MS.length - 1)]!;
      entry.crashes++;
      deps.log('warn', `window ${plan.key}: renderer gone (${details.reason}, exit ${details.exitCode}); reloading in ${delay} ms`);
      deps.schedule(() => reload(entry), delay);
    });
    let hang: { cancel(): void } | null = null;
    window.on('unresponsive', () => {
      deps.log('warn', `window ${plan.key}: page unresponsive`);
      hang ??= deps.schedule(() => {
        hang = null;
        deps.log('error', `window ${plan.key}: still unresponsive after ${HANG_TIMEOUT_MS} ms; restarting its renderer`);
        if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
      }, HANG_TIMEOUT_MS);
    });
    window.on('responsive', () => {
      hang?.cancel();
      hang = null;
    });
    // Lockdown: a window closes only when the shell quits (in development it may be closed).
    window.on('close', (event) => {
      if (deps.production && !quitting) event.preventDefault();
    });
    window.on('closed', () => {
      admin.forget(session);
      sessions.detach(contents);
      const index = open.indexOf(entry);
      if (index >= 0) open.splice(index, 1);
    });

    applyPlacement(entry, plan);
    await load(entry);
    return entry;
  }

  async function load(entry: ShellWindow): Promise<void> {
    try {
      await entry.window.loadURL(entry.url);
    } catch (error) {
      deps.log('error', `window ${entry.plan.key}: cannot load ${entry.url}: ${String(error)}`);
    }
  }

  function reload(entry: ShellWindow): void {
    if (quitting || entry.window.isDestroyed()) return;
    void load(entry);
  }

  function applyPlacement(entry: ShellWindow, plan: PlannedWindow): void {
    const { window } = entry;
    entry.plan = plan;
    if (plan.kiosk) window.setKiosk(false);
    window.setBounds(plan.bounds);
    if (plan.kiosk) window.setKiosk(deps.production);
    else if (plan.maximize) window.maximize();
    if (plan.hidden) window.hide();
    else window.show();
  }

  const shell: Shell = {
    hall,
    sessions,
    windows: () => [...open],
    displaysChanged() {
      const monitors = monitorsOf(deps.screen);
      const changes = replan(
        open.map((w) => w.plan),
        config.windows,
        monitors,
      );
      for (const change of changes) {
        const entry = open.find((w) => w.plan.key === change.key);
        if (!entry || entry.window.isDestroyed()) continue;
        deps.log('info', `window ${change.key}: display ${change.from.monitorId} → ${change.to.monitorId}${change.to.hidden ? ' (hidden until its display returns)' : ''}`);
        applyPlacement(entry, change.to);
      }
    },
    quit() {
      quitting = true;
      app.quit();
    },
    async close() {
      quitting = true;
      if (wakeLock !== null) deps.powerSaveBlocker.stop(wakeLock);
      updates.stop();
      stopIpc();
      sessions.close();
      await hall.close();
    },
  };
  app.on('before-quit', () => {
    void shell.close();
  });
  return shell;
}

function applyStartAtLogin(deps: ShellDeps): void {
  // A development run must not register itself (it would start `electron .` at every login).
  if (!deps.production) return;
  if (deps.platform === 'linux') deps.writeAutostartEntry?.(deps.config.startAtLogin);
  else deps.app.setLoginItemSettings({ openAtLogin: deps.config.startAtLogin });
}

export type { ShellDeps } from './shell-deps.ts';

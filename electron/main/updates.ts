// Updates from a server in the branch or head office: a plain folder on the LAN holding
// latest.yml and the installers (electron-builder's `generic` provider). Off unless the
// terminal file says `updates.enabled` with its `updates.url`. A downloaded update installs
// when CounterDesk next quits (the evening's shutdown), never in the middle of a payment.
import type { TerminalConfig } from './terminal-config.ts';

/** electron-updater's autoUpdater, as far as the shell uses it (tests pass a fake). */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** How often a running terminal asks again. */
export const UPDATE_CHECK_EVERY_MS = 6 * 60 * 60_000;

export type UpdatePlan =
  | { check: false; reason: 'disabled' | 'development' | 'unsupported' | 'noUpdater' }
  | { check: true; feed: { provider: 'generic'; url: string }; everyMs: number };

export interface UpdateContext {
  production: boolean;
  platform: NodeJS.Platform;
  /** Linux: the AppImage this runs from ($APPIMAGE); a deb is updated by the system's packages. */
  appImage: string | null;
  hasUpdater: boolean;
}

export function updatePlan(config: TerminalConfig, context: UpdateContext): UpdatePlan {
  const { enabled, url } = config.updates;
  if (!enabled || !url) return { check: false, reason: 'disabled' };
  if (!context.production) return { check: false, reason: 'development' };
  if (context.platform !== 'win32' && !(context.platform === 'linux' && context.appImage)) return { check: false, reason: 'unsupported' };
  if (!context.hasUpdater) return { check: false, reason: 'noUpdater' };
  return { check: true, feed: { provider: 'generic', url: url.endsWith('/') ? url : `${url}/` }, everyMs: UPDATE_CHECK_EVERY_MS };
}

export interface UpdateDeps {
  updater: UpdaterLike | null;
  schedule(fn: () => void, ms: number): { cancel(): void };
  log(level: 'info' | 'warn' | 'error', message: string): void;
}

/** Carries out the plan: checks now and then every few hours; returns how to stop. */
export function startUpdateChecks(plan: UpdatePlan, deps: UpdateDeps): { stop(): void } {
  if (!plan.check || !deps.updater) {
    if (!plan.check && plan.reason !== 'disabled') deps.log('info', `updates: not checking (${plan.reason})`);
    return { stop: () => undefined };
  }
  const updater = deps.updater;
  // The updater is someone else's code talking to a folder on the LAN: whatever it throws is
  // logged, and the terminal goes on taking payments without updates.
  try {
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    updater.setFeedURL(plan.feed);
    updater.on('update-downloaded', (info) => deps.log('info', `updates: ${info.version} downloaded; installs when CounterDesk next quits`));
    updater.on('error', (error) => deps.log('warn', `updates: ${error.message}`));
  } catch (error) {
    deps.log('warn', `updates: the updater refused its settings, not checking: ${String(error)}`);
    return { stop: () => undefined };
  }
  let timer: { cancel(): void } | null = null;
  let stopped = false;
  const failed = (error: unknown) => deps.log('warn', `updates: check failed: ${String(error)}`);
  const check = () => {
    if (stopped) return;
    try {
      updater.checkForUpdates().catch(failed);
    } catch (error) {
      failed(error);
    }
    timer = deps.schedule(check, plan.everyMs);
  };
  deps.log('info', `updates: checking ${plan.feed.url} every ${plan.everyMs / 3_600_000} h`);
  check();
  return {
    stop() {
      stopped = true;
      timer?.cancel();
    },
  };
}

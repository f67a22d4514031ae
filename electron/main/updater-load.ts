// electron-updater is loaded only when this terminal's file turns updates on in an installed
// app, and a build where it cannot be loaded (left out of the package, a broken copy) runs on
// without updates: one line in the log, never a crash — a counter must open whatever the
// update folder or the updater does.
import type { TerminalConfig } from './terminal-config.ts';
import type { UpdaterLike } from './updates.ts';

export async function loadUpdater(
  config: TerminalConfig,
  production: boolean,
  load: () => Promise<UpdaterLike>,
  log: (level: 'warn', message: string) => void,
): Promise<UpdaterLike | null> {
  if (!config.updates.enabled || !production) return null;
  try {
    return await load();
  } catch (error) {
    log('warn', `updates: electron-updater could not be loaded, this terminal will not update itself (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

/**
 * The real updater. electron-updater is CommonJS and defines `autoUpdater` as a getter, which
 * Node's ESM import cannot see as a named export (it is undefined there): it is read from
 * `default`. The getter builds the platform's updater, which needs Electron itself.
 */
export async function importElectronUpdater(): Promise<UpdaterLike> {
  const updater = (await import('electron-updater')).default.autoUpdater;
  if (!updater) throw new Error('electron-updater has no autoUpdater');
  return updater;
}

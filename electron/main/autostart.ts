// Start at login on Linux: Electron's setLoginItemSettings does nothing there, so the shell
// writes (or removes) an XDG autostart entry itself. On Windows the shell asks Electron
// (the Run key). An AppImage is started through its own file ($APPIMAGE), not the
// temporary folder it is mounted at.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './terminal-file.ts';
import { catalogues } from '../../shared/i18n/index.ts';

export const AUTOSTART_FILE = 'counterdesk.desktop';

/** The autostart folder: $XDG_CONFIG_HOME/autostart, else ~/.config/autostart. */
export function autostartDir(env: Record<string, string | undefined>, home: string): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'autostart');
}

/** A desktop-entry argument, quoted as the spec asks when it has spaces or specials. */
function quoteArg(arg: string): string {
  return /^[A-Za-z0-9_\-./=:@%+,]+$/.test(arg) ? arg : `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(exec: string, args: readonly string[] = []): string {
  const { shell } = catalogues;
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${shell.en.appName}`,
    `Name[zh_CN]=${shell['zh-CN'].appName}`,
    `Name[zh_TW]=${shell['zh-TW'].appName}`,
    `Comment=${shell.en.appComment}`,
    `Comment[zh_CN]=${shell['zh-CN'].appComment}`,
    `Exec=${[exec, ...args].map(quoteArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes the entry when enabled, removes it when not; returns the file's path. */
export function writeAutostartEntry(dir: string, enabled: boolean, exec: string, args: readonly string[] = []): string {
  const path = join(dir, AUTOSTART_FILE);
  if (!enabled) {
    rmSync(path, { force: true });
    return path;
  }
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(path, autostartEntry(exec, args));
  return path;
}

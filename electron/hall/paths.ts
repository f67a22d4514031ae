import { homedir } from 'node:os';
import { join } from 'node:path';

/** The same folder Electron's app.getPath('userData') gives, so shell and headless host share one database. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'CounterDesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'CounterDesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'CounterDesk');
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(defaultDataDir(env, platform), 'counterdesk.db');
}

// The Electron entry point: reads this terminal's configuration and hands the real Electron
// objects to startShell. Every decision lives in shell.ts and the modules it uses, which the
// tests drive with fakes; this file is only the adapter (typechecked against electron's types).
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, screen, session } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startShell } from './shell.ts';
import { openTerminalHall } from './hall-start.ts';
import { configFromEnvironment, parseTerminalConfig, TERMINAL_CONFIG_FILE, type TerminalConfig } from './terminal-config.ts';
import { CHROMIUM_SWITCHES } from './lockdown.ts';
import { systemClock } from '../hall/clock.ts';

const here = import.meta.dirname;
const demo = process.argv.includes('--demo') || process.env.COUNTERDESK_DEMO === '1';

for (const [name, value] of CHROMIUM_SWITCHES) app.commandLine.appendSwitch(name, value);

function readConfig(dataDir: string): TerminalConfig {
  let text: string | null;
  try {
    text = readFileSync(join(dataDir, TERMINAL_CONFIG_FILE), 'utf8');
  } catch {
    text = null;
  }
  const loaded = parseTerminalConfig(text);
  if (loaded.ok) return loaded.config;
  // `npm start` (demo) without a terminal file keeps today's behaviour: counter 1 and its customer display.
  if (demo && loaded.problem.code === 'missing') return configFromEnvironment({ COUNTERDESK_TERMINAL: 'counter', ...process.env }) ?? loaded.config;
  console.error(`[shell] ${TERMINAL_CONFIG_FILE}: ${JSON.stringify(loaded.problem)}; opening the manager window only`);
  return loaded.config;
}

const dataDir = app.getPath('userData');
const config = readConfig(dataDir);

void startShell({
  app,
  createWindow: (options) => new BrowserWindow(options),
  ipcMain,
  screen,
  setApplicationMenu: (menu) => Menu.setApplicationMenu(menu),
  powerSaveBlocker,
  get session() {
    return session.defaultSession;
  },
  config,
  openHall: (c) => openTerminalHall(c, { dataDir, staticDir: join(here, '../dist/renderer'), demo, clock: systemClock }),
  preloadPath: join(here, 'preload.cjs'),
  production: app.isPackaged,
  platform: process.platform,
  schedule: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(timer) };
  },
  log: (level, message) => console[level](`[shell] ${message}`),
}).catch((error: unknown) => {
  console.error('[shell] start failed:', error);
  app.exit(1);
});

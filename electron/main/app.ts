// The Electron entry point: reads this terminal's configuration and hands the real Electron
// objects to startShell. Every decision lives in shell.ts and the modules it uses, which the
// tests drive with fakes; this file is only the adapter (typechecked against electron's types).
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, screen, session } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { startShell } from './shell.ts';
import { openTerminalHall } from './hall-start.ts';
import { configFromEnvironment, parseTerminalConfig, TERMINAL_CONFIG_FILE, type TerminalConfig } from './terminal-config.ts';
import { terminalFile, type TerminalFile } from './terminal-file.ts';
import { rotatingLog, type LogLevel } from './rotating-log.ts';
import { crashHistoryFile, onFatal } from './fatal.ts';
import { autostartDir, writeAutostartEntry } from './autostart.ts';
import { CHROMIUM_SWITCHES } from './lockdown.ts';
import { importElectronUpdater, loadUpdater } from './updater-load.ts';
import { systemClock } from '../hall/clock.ts';

const here = import.meta.dirname;
const demo = process.argv.includes('--demo') || process.env.COUNTERDESK_DEMO === '1';

for (const [name, value] of CHROMIUM_SWITCHES) app.commandLine.appendSwitch(name, value);

const dataDir = app.getPath('userData');
const logFile = rotatingLog({ dir: join(dataDir, 'logs'), now: () => new Date().toISOString() });
function log(level: LogLevel, message: string): void {
  console[level](`[shell] ${message}`);
  try {
    logFile.write(level, message);
  } catch {
    // a full or read-only disk must not take the shell down with it
  }
}
// A fatal error in main: log it, then start again — unless it keeps happening (crash-loop guard).
const fatal = (error: unknown) => onFatal(error, { now: Date.now, history: crashHistoryFile(dataDir), relaunch: () => app.relaunch(), exit: (code) => app.exit(code), log });
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

function readConfig(file: TerminalFile): TerminalConfig {
  let text: string | null;
  try {
    text = file.read();
  } catch (error) {
    log('error', `${TERMINAL_CONFIG_FILE}: cannot read: ${String(error)}`);
    text = null;
  }
  const loaded = parseTerminalConfig(text);
  if (loaded.ok) return loaded.config;
  // `npm start` (demo) without a terminal file keeps today's behaviour: counter 1 and its customer display.
  if (demo && loaded.problem.code === 'missing') return configFromEnvironment({ COUNTERDESK_TERMINAL: 'counter', ...process.env }) ?? loaded.config;
  log('error', `${TERMINAL_CONFIG_FILE}: ${JSON.stringify(loaded.problem)}; opening the manager window only`);
  return loaded.config;
}

const file = terminalFile(dataDir);
const config = readConfig(file);

void loadUpdater(config, app.isPackaged, importElectronUpdater, log)
  .then((updater) =>
    startShell({
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
      terminalFile: file,
      openHall: (c) => openTerminalHall(c, { dataDir, staticDir: join(here, '../dist/renderer'), demo, clock: systemClock, workersDir: join(here, 'workers') }),
      preloadPath: join(here, 'preload.cjs'),
      production: app.isPackaged,
      platform: process.platform,
      // An AppImage starts through its own file; the folder it runs from is a temporary mount.
      writeAutostartEntry: (enabled) => writeAutostartEntry(autostartDir(process.env, homedir()), enabled, process.env.APPIMAGE ?? process.execPath),
      now: () => Date.now(),
      schedule: (fn, ms) => {
        const timer = setTimeout(fn, ms);
        return { cancel: () => clearTimeout(timer) };
      },
      updater,
      appImage: process.env.APPIMAGE ?? null,
      log,
    }),
  )
  .catch(fatal);

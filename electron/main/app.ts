// The Electron shell: embeds the hall service, puts it on the LAN for displays and other
// counters, and opens this terminal's windows. Everything decidable without Electron
// lives in window-plan.ts (unit-tested); this file only wires Electron to it.
import { app, BrowserWindow, screen, type WebContents } from 'electron';
import { join } from 'node:path';
import { startDemoHall } from '../hall/demo/demo-host.ts';
import { systemClock } from '../hall/clock.ts';
import { registerIpc, trackContents } from './ipc.ts';
import { planWindows, urlFor, isAllowedNavigation, type TerminalProfile } from './window-plan.ts';

const here = import.meta.dirname;
const profile: TerminalProfile = {
  kind: (process.env.COUNTERDESK_TERMINAL as TerminalProfile['kind'] | undefined) ?? 'counter',
  windowNo: Number(process.env.COUNTERDESK_WINDOW ?? 1),
};

if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(async () => {
  const { hall, host } = await startDemoHall({ dataDir: app.getPath('userData'), staticDir: join(here, '../dist/renderer'), clock: systemClock });
  const sessionTokens = new Map<WebContents, string | null>();
  registerIpc(hall.dispatcher, hall.bus, (sender) => sessionTokens.get(sender) ?? null);

  const monitors = screen.getAllDisplays().map((d) => ({ id: d.id, primary: d.id === screen.getPrimaryDisplay().id, bounds: d.bounds }));
  for (const planned of planWindows(profile, monitors)) {
    const win = new BrowserWindow({
      ...planned.bounds,
      kiosk: planned.kiosk,
      autoHideMenuBar: true,
      title: 'CounterDesk 柜台通',
      webPreferences: { preload: join(here, 'preload.cjs'), contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    trackContents(win.webContents);
    win.webContents.on('will-navigate', (event, target) => {
      if (!isAllowedNavigation(host.url, target)) event.preventDefault();
    });
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    void win.loadURL(urlFor(host.url, planned));
  }

  app.on('before-quit', () => {
    void host.close().then(() => hall.close());
  });
});

app.on('window-all-closed', () => app.quit());

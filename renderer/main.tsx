import './app/no-eval.ts';
import { StrictMode, useEffect, useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { i18next, initialLocale } from './ui/i18n.ts';
import { HallProvider } from './ui/hall-context.tsx';
import { createHallClient } from './client/client.ts';
import { ensureCounterPairing, ensureDeviceSession, wasAutoPaired, type PairingView } from './client/device-session.ts';
import { PairingScreen, AutoPairedNote } from './ui/PairingScreen.tsx';
import { SCREENS, screenFromPath } from './app/screens.tsx';
import { TerminalAdmin } from './terminal/TerminalAdmin.tsx';
import { HallNotices } from './ui/HallNotices.tsx';
import './ui/base.css';

const client = createHallClient();
const screenName = screenFromPath(window.location.pathname, window.counterdesk?.screen);
const entry = SCREENS[screenName]!;
const locale = initialLocale();
client.setLocale(locale);
document.documentElement.lang = locale;
i18next.on('languageChanged', (lng) => client.setLocale(lng as typeof locale));

/** How often a paired screen in a browser checks that its pairing still holds (a quiet display makes few calls). */
const PAIRING_CHECK_MS = 30_000;

/** Whether this screen must be paired before it works: every unattended screen, and the counter in a browser. */
const pairs = entry.deviceRole !== null || (entry.pairsAs !== undefined && !client.inShell);

function App({ Screen }: { Screen: ComponentType }) {
  const [ready, setReady] = useState(!pairs);
  const [pairing, setPairing] = useState<PairingView | null>(null);
  // bumped when the hall says this device's pairing is gone: the session is opened again, pairing first
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!pairs) {
      client.connectEvents();
      return () => client.close();
    }
    const windowParam = new URLSearchParams(window.location.search).get('window');
    let cancelled = false;
    let established = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const onView = (view: PairingView | null) => {
      if (!cancelled) setPairing(view);
    };
    const place = { storage: window.localStorage, search: window.location.search, onView, cancelled: () => cancelled };
    const opening = (): Promise<unknown> =>
      entry.deviceRole
        ? ensureDeviceSession(client, { role: entry.deviceRole, windowNo: windowParam ? Number(windowParam) : null, locale, ...place })
        : // a counter PC asks for the URL's window (1 if none); the manager's confirmation decides
          ensureCounterPairing(client, { askWindow: Number(windowParam ?? '1') || 1, ...place });
    const open = () =>
      opening()
        .then(() => {
          if (!cancelled) {
            established = true;
            client.connectEvents();
            setReady(true);
          }
        })
        .catch(() => {
          if (!cancelled) retry = setTimeout(() => void open(), 2000);
        });
    void open();
    const unpaired = client.onUnpaired(() => {
      // while opening, ensureDeviceSession pairs again by itself
      if (cancelled || !established) return;
      cancelled = true;
      setReady(false);
      setRound((n) => n + 1);
    });
    const check = client.inShell ? undefined : setInterval(() => void client.call('session.whoami', {}).catch(() => undefined), PAIRING_CHECK_MS);
    return () => {
      cancelled = true;
      clearTimeout(retry);
      clearInterval(check);
      unpaired();
      client.close();
    };
  }, [round]);
  if (!ready) return pairing ? <PairingScreen view={pairing} /> : null;
  return (
    <>
      <Screen />
      {pairs && !client.inShell && wasAutoPaired(window.localStorage) ? <AutoPairedNote /> : null}
    </>
  );
}

void entry.load().then((Screen) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <HallProvider client={client}>
        <HallNotices />
        <App Screen={Screen} />
        {window.counterdesk ? <TerminalAdmin bridge={window.counterdesk} /> : null}
      </HallProvider>
    </StrictMode>,
  );
});

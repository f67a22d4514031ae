import './app/no-eval.ts';
import { StrictMode, useEffect, useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { i18next, initialLocale } from './ui/i18n.ts';
import { HallProvider } from './ui/hall-context.tsx';
import { createHallClient } from './client/client.ts';
import { ensureDeviceSession } from './client/device-session.ts';
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

function App({ Screen }: { Screen: ComponentType }) {
  const [ready, setReady] = useState(entry.deviceRole === null);
  useEffect(() => {
    if (!entry.deviceRole) {
      client.connectEvents();
      return () => client.close();
    }
    const windowParam = new URLSearchParams(window.location.search).get('window');
    let cancelled = false;
    const open = () =>
      ensureDeviceSession(client, {
        role: entry.deviceRole!,
        windowNo: windowParam ? Number(windowParam) : null,
        locale,
        storage: window.localStorage,
        search: window.location.search,
      })
        .then(() => {
          if (!cancelled) {
            client.connectEvents();
            setReady(true);
          }
        })
        .catch(() => {
          if (!cancelled) setTimeout(() => void open(), 2000);
        });
    void open();
    return () => {
      cancelled = true;
      client.close();
    };
  }, []);
  return ready ? <Screen /> : null;
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

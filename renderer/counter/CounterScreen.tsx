import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/session.api.ts';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { SelfCheckPanel, useHealth } from '../ui/SelfCheckPanel.tsx';
import { useHall } from '../ui/hall-context.tsx';
import { SignIn, SESSION_KEY } from '../ui/SignIn.tsx';
import { QueuePanel } from './queue/QueuePanel.tsx';
import { ReprintPanel } from './printing/ReprintPanel.tsx';
import { PrinterCheck } from './printing/PrinterCheck.tsx';
import { ShiftPanel } from './shift/ShiftPanel.tsx';
import './counter.css';

/** The cashier's screen: the opening self-check, then (signed in at a window) the queue and the reprint queue. */
export function CounterScreen() {
  const { t } = useTranslation();
  const client = useHall();
  const healthState = useHealth();
  const [session, setSession] = useState<SessionInfo | null>(null);
  useEffect(() => {
    const saved = window.sessionStorage.getItem(SESSION_KEY);
    // In the shell the window's session lives in the main process and outlives a reloaded page.
    if (!saved && !window.counterdesk) return;
    client.setToken(saved);
    client
      .call('session.whoami', {})
      .then(setSession)
      .catch(() => {
        window.sessionStorage.removeItem(SESSION_KEY);
        client.setToken(null);
      });
  }, [client]);
  const signOut = () => {
    void client.call('session.logout', {}).catch(() => undefined);
    window.sessionStorage.removeItem(SESSION_KEY);
    client.setToken(null);
    setSession(null);
  };
  const who = session?.operator ? (
    <span className="counter__who" data-testid="signed-in">
      {t('counter:signIn.signedInAs', { name: session.operator.name, code: session.operator.code, n: session.windowNo })}
      <button className="button button--quiet" onClick={signOut}>
        {t('counter:signIn.signOut')}
      </button>
    </span>
  ) : null;
  return (
    <ScreenFrame title={t('screens.counter')} branch={healthState.health?.branchName} extra={who}>
      <div className="counter">
        <div className="counter__main">
          <SelfCheckPanel state={healthState} />
          {session?.windowNo ? <PrinterCheck /> : null}
          {session?.windowNo ? <ShiftPanel windowNo={session.windowNo} /> : null}
        </div>
        <div className="counter__side">
          {session?.windowNo ? (
            <>
              <QueuePanel windowNo={session.windowNo} />
              <ReprintPanel />
            </>
          ) : (
            <SignIn onSignedIn={setSession} />
          )}
        </div>
      </div>
    </ScreenFrame>
  );
}

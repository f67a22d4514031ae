import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/api/session.api.ts';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { useHealth } from '../ui/SelfCheckPanel.tsx';
import { useHall } from '../ui/hall-context.tsx';
import { SignIn, SESSION_KEY } from '../ui/SignIn.tsx';
import { AccountsImport } from './import/AccountsImport.tsx';
import { StaffPage } from './staff/StaffPage.tsx';
import { FirstRunSetup } from './setup/FirstRunSetup.tsx';
import { BackupPanel } from './backup/BackupPanel.tsx';
import { DayCloseWizard } from './dayclose/DayCloseWizard.tsx';
import './manager.css';

/** The branch manager's workbench. Today: the head office accounts import; day close and reports come with their issues. */
export function ManagerScreen() {
  const { t } = useTranslation();
  const client = useHall();
  const { health } = useHealth();
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [setupNeeded, setSetupNeeded] = useState(false);
  useEffect(() => {
    client
      .call('staff.setupStatus', {})
      .then((s) => setSetupNeeded(s.needed))
      .catch(() => undefined);
  }, [client]);
  useEffect(() => {
    const saved = window.sessionStorage.getItem(SESSION_KEY);
    // In the shell the window's session lives in the main process and outlives a reloaded page.
    if (!saved && !window.counterdesk) return;
    client.setToken(saved);
    client
      .call('session.whoami', {})
      .then((s) => (s.role === 'manager' ? setSession(s) : undefined))
      .catch(() => window.sessionStorage.removeItem(SESSION_KEY));
  }, [client]);
  return (
    <ScreenFrame title={t('screens.manager')} branch={health?.branchName} extra={session?.operator ? <span data-testid="signed-in">{session.operator.name}</span> : null}>
      {setupNeeded ? (
        <FirstRunSetup onDone={() => setSetupNeeded(false)} />
      ) : session ? (
        <div className="manager__pages">
          {health ? <DayCloseWizard now={health.now} timeZone={health.timeZone} /> : null}
          <AccountsImport />
          <StaffPage />
          {health ? <BackupPanel timeZone={health.timeZone} /> : null}
        </div>
      ) : (
        <SignIn askWindow={false} title={t('manager:signIn')} onSignedIn={setSession} />
      )}
    </ScreenFrame>
  );
}

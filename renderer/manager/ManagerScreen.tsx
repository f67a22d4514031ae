import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { useHealth } from '../ui/SelfCheckPanel.tsx';
import { useHall } from '../ui/hall-context.tsx';
import { SignIn } from '../ui/SignIn.tsx';
import { useStaffSession } from '../ui/use-staff-session.ts';
import { AccountsImport } from './import/AccountsImport.tsx';
import { StaffPage } from './staff/StaffPage.tsx';
import { SecurityPanel } from './security/SecurityPanel.tsx';
import { DevicesPanel } from './devices/DevicesPanel.tsx';
import { RegistersPanel } from './registers/RegistersPanel.tsx';
import { FirstRunSetup } from './setup/FirstRunSetup.tsx';
import { BackupPanel } from './backup/BackupPanel.tsx';
import { DayCloseWizard } from './dayclose/DayCloseWizard.tsx';
import { TodayPage } from './today/TodayPage.tsx';
import './manager.css';

/** The branch manager's workbench: the day live, the accounts import, staff, backups. A cashier is told this is not their page. */
export function ManagerScreen() {
  const { t } = useTranslation();
  const client = useHall();
  const { health, recheck } = useHealth();
  const { session, setSession, signOut, ended } = useStaffSession();
  // null until the hall answers: before setup the hall's branch name is only its built-in default,
  // so the bar shows none until the branch is known to be set up (the setup form asks for it)
  const [setupNeeded, setSetupNeeded] = useState<boolean | null>(null);
  useEffect(() => {
    client
      .call('staff.setupStatus', {})
      .then((s) => setSetupNeeded(s.needed))
      .catch(() => setSetupNeeded(false));
  }, [client]);
  return (
    <ScreenFrame title={t('screens.manager')} branch={setupNeeded === false ? health?.branchName : undefined} extra={
        session?.operator ? (
          <span className="manager__who">
            <span data-testid="signed-in">{session.operator.name}</span>
            <button className="button button--quiet" onClick={signOut} data-testid="sign-out">
              {t('today:signOut')}
            </button>
          </span>
        ) : null
      }>
      {setupNeeded ? (
        <FirstRunSetup
          onDone={() => {
            setSetupNeeded(false);
            recheck(); // the bar shows the branch just named
          }}
        />
      ) : session && session.role !== 'manager' ? (
        <p className="manager__refused" role="alert" data-testid="managers-only">
          {t('today:managersOnly', { name: session.operator?.name ?? '', role: t(`errors:roles.${session.role}`) })}
        </p>
      ) : session ? (
        <div className="manager__pages">
          <TodayPage />
          {health ? <DayCloseWizard now={health.now} timeZone={health.timeZone} /> : null}
          <RegistersPanel />
          <AccountsImport />
          <StaffPage />
          {health ? <BackupPanel timeZone={health.timeZone} /> : null}
          {health ? <DevicesPanel timeZone={health.timeZone} /> : null}
          <SecurityPanel />
        </div>
      ) : (
        <SignIn askWindow={false} title={t('manager:signIn')} onSignedIn={setSession} notice={ended} />
      )}
    </ScreenFrame>
  );
}

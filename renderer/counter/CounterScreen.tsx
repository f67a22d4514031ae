import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { SelfCheckPanel, useHealth } from '../ui/SelfCheckPanel.tsx';
import { useBoard } from '../ui/use-board.ts';
import { SignIn } from '../ui/SignIn.tsx';
import { QueuePanel } from './queue/QueuePanel.tsx';
import { ReprintPanel } from './printing/ReprintPanel.tsx';
import { PrinterCheck, usePrinterStatus } from './printing/PrinterCheck.tsx';
import { StatusLine } from './StatusLine.tsx';
import { ShiftPanel } from './shift/ShiftPanel.tsx';
import { Workspace } from './Workspace.tsx';
import type { CustomerView, ServedTicket } from './customer-view.ts';
import { usePresent } from './use-present.ts';
import { RegistersDesk } from './registers/RegistersDesk.tsx';
import { KioskSlipAlerts } from './alerts/KioskSlipAlerts.tsx';
import { useStaffSession } from '../ui/use-staff-session.ts';
import './counter.css';

/**
 * The cashier's screen for an eight-hour day: the opening checklist at sign-in, then one status
 * line; the current customer's workspace in the middle; the queue and the printer at the side.
 */
export function CounterScreen() {
  const { t } = useTranslation();
  const healthState = useHealth();
  const { session, setSession, signOut, ended } = useStaffSession();
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
      {session?.windowNo ? (
        <AtWindow windowNo={session.windowNo} healthState={healthState} />
      ) : (
        <div className="counter counter--signed-out">
          <div className="counter__main">
            <SelfCheckPanel state={healthState} />
          </div>
          <div className="counter__side">
            <SignIn onSignedIn={setSession} notice={ended} />
          </div>
        </div>
      )}
    </ScreenFrame>
  );
}

function AtWindow({ windowNo, healthState }: { windowNo: number; healthState: ReturnType<typeof useHealth> }) {
  const board = useBoard();
  const printer = usePrinterStatus();
  const [checklist, setChecklist] = useState(false);
  const [ticket, setTicket] = useState<ServedTicket | null>(null);
  const [customerSeq, setCustomerSeq] = useState(0);
  const [view, setView] = useState<CustomerView>({ phase: 'idle' });
  const onView = useCallback((next: CustomerView) => setView(next), []);
  usePresent(view);
  const onCalled = useCallback((served: ServedTicket | null) => {
    setTicket(served);
    setCustomerSeq((n) => n + 1);
  }, []);
  // a failing check opens the checklist by itself; the cashier closes it
  const failing = healthState.health?.ok === false;
  return (
    <div className="counter">
      <div className="counter__main">
        <StatusLine health={healthState} printer={printer} open={checklist || failing} onToggle={() => setChecklist((o) => !o)} />
        {checklist || failing ? (
          <div className="counter__checklist">
            <SelfCheckPanel state={healthState} />
            <PrinterCheck printer={printer} />
          </div>
        ) : null}
        <Workspace windowNo={windowNo} timeZone={board?.timeZone ?? 'Asia/Shanghai'} ticket={ticket} customerSeq={customerSeq} onView={onView} />
      </div>
      <div className="counter__side">
        <QueuePanel windowNo={windowNo} board={board} onCalled={onCalled} />
        <ShiftPanel windowNo={windowNo} />
        <ReprintPanel />
        <KioskSlipAlerts />
        <RegistersDesk />
      </div>
    </div>
  );
}

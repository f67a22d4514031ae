import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { SelfCheckPanel, useHealth } from '../ui/SelfCheckPanel.tsx';

/** The cashier's screen. Today: the opening self-check; the payment workflow grows here. */
export function CounterScreen() {
  const { t } = useTranslation();
  const healthState = useHealth();
  return (
    <ScreenFrame title={t('screens.counter')} branch={healthState.health?.branchName}>
      <SelfCheckPanel state={healthState} />
    </ScreenFrame>
  );
}

import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../ui/ScreenFrame.tsx';
import { useHealth } from '../ui/SelfCheckPanel.tsx';

/** Placeholder frame until this role's issue lands: shows that the screen reaches the hall. */
export function ManagerScreen() {
  const { t } = useTranslation();
  const { health } = useHealth();
  return (
    <ScreenFrame title={t('screens.manager')} branch={health?.branchName}>
      <p data-testid="screen-ready">{health ? t('health:allGood') : t('connection.connecting')}</p>
    </ScreenFrame>
  );
}

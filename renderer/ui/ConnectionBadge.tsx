import { useTranslation } from 'react-i18next';
import { useConnection } from './hall-context.tsx';

export function ConnectionBadge() {
  const { t } = useTranslation();
  const status = useConnection();
  return (
    <span className={`connection connection--${status}`} role="status" data-testid="connection">
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </span>
  );
}

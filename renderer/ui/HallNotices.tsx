import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallNotice } from '../client/client.ts';
import { useHall } from './hall-context.tsx';

/** Above every screen: the host was updated (reload), or the address's `?hall=` was not followed. */
export function HallNotices() {
  const { t } = useTranslation();
  const client = useHall();
  const [notices, setNotices] = useState<HallNotice[]>([]);
  useEffect(() => client.onNotices(setNotices), [client]);
  if (notices.length === 0) return null;
  return (
    <div className="hall-notices" role="alert">
      {notices.map((n) =>
        n.key === 'reloadRequired' ? (
          <p key={n.key} className="hall-notice" data-testid="notice-reload">
            {t('notices.reloadRequired')}{' '}
            <button type="button" onClick={() => window.location.reload()}>
              {t('notices.reload')}
            </button>
          </p>
        ) : (
          <p key={n.key} className="hall-notice" data-testid="notice-hall-ignored">
            {t('notices.hallIgnored', { hall: n.hall })}
          </p>
        ),
      )}
    </div>
  );
}

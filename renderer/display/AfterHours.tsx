// The hall display outside business hours: no windows, no calls, but when the hall opens,
// its hours, the hotline and the notices, large enough to read from the door.
import { useTranslation } from 'react-i18next';
import type { LiveBoard } from '../ui/use-board.ts';

export function AfterHours({ board }: { board: LiveBoard }) {
  const { t } = useTranslation('queue');
  const { issuing } = board;
  const before = issuing.phase === 'beforeOpening';
  return (
    <main className="hall__after" data-testid="after-hours" data-phase={issuing.phase}>
      <div className="hall__after-title">{before ? t('display.beforeTitle') : t('display.closedTitle')}</div>
      <div className="hall__after-next">{before ? t('display.opensToday', { time: issuing.opensAt }) : t('display.reopens', { time: issuing.opensAt })}</div>
      <div className="hall__after-line">{t('display.hours', { opensAt: issuing.opensAt, closesAt: issuing.closesAt })}</div>
      <div className="hall__after-line">{t('display.hotline', { hotline: board.hotline })}</div>
      <ul className="hall__after-notices">
        {board.notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </main>
  );
}

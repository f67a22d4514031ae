// Outside issuing hours the kiosk says when tickets start again, from the hall's hours.
import { useTranslation } from 'react-i18next';
import type { LiveBoard } from '../ui/use-board.ts';

export function KioskClosed({ board }: { board: LiveBoard }) {
  const { t } = useTranslation('queue');
  const { issuing } = board;
  const headline = issuing.phase === 'beforeOpening' ? t('kiosk.beforeOpening', { time: issuing.opensAt }) : issuing.phase === 'stopped' ? t('kiosk.stopped') : t('kiosk.afterHours');
  return (
    <div className="kiosk__closed" data-testid="kiosk-closed">
      <div className="kiosk__closed-headline">{headline}</div>
      {issuing.phase !== 'beforeOpening' ? <div className="kiosk__closed-next">{t('kiosk.tomorrow', { time: issuing.opensAt })}</div> : null}
      <div className="kiosk__closed-hours">{t('kiosk.hours', { opensAt: issuing.opensAt, closesAt: issuing.closesAt })}</div>
    </div>
  );
}

// One counter window on the hall display: its current number, or 暂停营业 with the reason,
// where to go instead and when it is back, or a placeholder when nothing was called yet.
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/index.ts';
import { formatHallTime } from '../../shared/hall-time.ts';
import type { LiveBoard } from '../ui/use-board.ts';

export function WindowCard({ w, board, highlight }: { w: LiveBoard['windows'][number]; board: LiveBoard; highlight: boolean }) {
  const { t, i18n } = useTranslation('queue');
  const locale = i18n.language as Locale;
  if (w.status === 'paused' && w.pause) {
    return (
      <div className="hall-window hall-window--paused" data-testid={`window-${w.windowNo}`} data-state="paused">
        <div className="hall-window__no">{t('display.window', { n: w.windowNo })}</div>
        <div className="hall-window__paused">{t('display.paused')}</div>
        <div className="hall-window__reason">{w.pause.note ?? t(`pause.${w.pause.reason}`)}</div>
        {w.pause.redirectWindow ? <div className="hall-window__hint">{t('display.goTo', { n: w.pause.redirectWindow })}</div> : null}
        {w.pause.expectedBack ? <div className="hall-window__hint">{t('display.backAt', { time: formatHallTime(w.pause.expectedBack, board.timeZone, 'time', locale) })}</div> : null}
      </div>
    );
  }
  const service = board.services.find((s) => s.code === w.current?.serviceCode);
  const priority = w.current?.lane === 'priority';
  return (
    <div
      className={`hall-window${highlight ? ' hall-window--calling' : ''}${priority ? ' hall-window--priority' : ''}${w.current ? '' : ' hall-window--empty'}`}
      data-testid={`window-${w.windowNo}`}
      data-state={w.current ? w.current.status : 'idle'}
    >
      <div className="hall-window__no">{t('display.window', { n: w.windowNo })}</div>
      <div className="hall-window__ticket">{w.current?.ticketNo ?? t('display.noTicket')}</div>
      <div className="hall-window__service">
        {w.current ? `${service ? service.names[locale] : ''}${priority ? ` · ${board.priorityLaneNames[locale]}` : ''}` : t('display.idle')}
      </div>
    </div>
  );
}

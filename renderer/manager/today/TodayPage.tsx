// The manager's live view of the day: every window (serving, calling, paused with why, idle),
// who waits for which business, the day's takings, and the day's charts (payments by hour,
// customers waiting over the day, served per window, ratings). Live from the hall's events;
// the figures are read again when a payment, a call or a rating changes them.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/index.ts';
import { formatMoney } from '../../../shared/money.ts';
import { isLocale } from '../../../shared/i18n/index.ts';
import { useBoard } from '../../ui/use-board.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { DayChart } from './DayChart.tsx';
import { paymentsByHour, paymentsOption, ratingsOption, servedOption, waitingOption } from '../../../shared/day-charts.ts';
import './today.css';

interface DayFigures {
  payments: Output<'ledger.dayPayments'>;
  queue: Output<'queue.stats'>;
  ratings: Output<'counter.ratingStats'>;
}

/** Events after which the day's figures are read again. */
const FIGURE_EVENTS = ['ledger.paymentRecorded', 'ledger.paymentReversed', 'queue.ticketCalled', 'counter.rated'] as const;

export function TodayPage() {
  const { t, i18n } = useTranslation('today');
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const client = useHall();
  const board = useBoard();
  const { error, run } = useCall('staff');
  const [figures, setFigures] = useState<DayFigures | null>(null);
  const date = board?.businessDate ?? null;

  const load = useCallback(() => {
    if (!date) return;
    void run(async () => {
      const [payments, queue, ratings] = await Promise.all([
        client.call('ledger.dayPayments', { date }),
        client.call('queue.stats', { date }),
        client.call('counter.ratingStats', { date }),
      ]);
      setFigures({ payments, queue, ratings });
    });
  }, [client, date, run]);
  useEffect(load, [load]);
  useEffect(() => {
    const offs = FIGURE_EVENTS.map((name) => client.on(name, load));
    return () => offs.forEach((off) => off());
  }, [client, load]);

  const charts = useMemo(() => {
    if (!figures || !board) return null;
    const slots = paymentsByHour(figures.payments.entries, board.timeZone);
    return {
      payments: slots.length ? paymentsOption(t, slots) : null,
      waiting: figures.queue.byHour.length ? waitingOption(t, figures.queue.byHour) : null,
      served: figures.queue.byWindow.length ? servedOption(t, figures.queue.byWindow) : null,
      ratings: figures.ratings.rated ? ratingsOption(t, figures.ratings) : null,
    };
  }, [figures, board, t]);

  if (!board) return <ErrorText error={error} />;
  const paymentsCount = figures?.payments.entries.filter((e) => e.kind === 'payment').length ?? 0;
  return (
    <section className="today" data-testid="today-page">
      <h2>{t('title')}</h2>
      {figures ? (
        <p className="today__total" data-testid="today-total">
          {t('total', { amount: formatMoney(figures.payments.totalFen), count: paymentsCount })}
        </p>
      ) : null}
      <ErrorText error={error} />
      <div className="today__live">
        <ul className="today__windows" aria-label={t('windows')}>
          {board.windows.length === 0 ? <li>{t('noWindows')}</li> : null}
          {board.windows.map((w) => {
            const state = w.status === 'paused' ? 'paused' : w.current ? w.current.status : 'idle';
            return (
              <li key={w.windowNo} className={`today__window today__window--${state}`} data-testid={`today-window-${w.windowNo}`}>
                <strong>{t('window', { n: w.windowNo })}</strong>
                <span>
                  {w.status === 'paused' && w.pause
                    ? t('paused', { reason: t(`pauseReasons.${w.pause.reason}`) })
                    : w.current
                      ? t(w.current.status === 'serving' ? 'serving' : 'called', { ticketNo: w.current.ticketNo })
                      : t('idle')}
                </span>
              </li>
            );
          })}
        </ul>
        <div className="today__waiting" data-testid="today-waiting">
          <h3>{t('waiting')}</h3>
          {board.services.map((s) => (
            <p key={s.code}>
              {t('waitingLine', { name: s.names[locale], normal: s.waitingNormal, lane: board.priorityLaneNames[locale], priority: s.waitingPriority })}
            </p>
          ))}
        </div>
      </div>
      {charts ? (
        <div className="today__charts">
          <DayChart testId="chart-payments" title={t('charts.payments')} option={charts.payments} empty={t('charts.empty')} />
          <DayChart testId="chart-waiting" title={t('charts.waiting')} option={charts.waiting} empty={t('charts.empty')} />
          <DayChart testId="chart-served" title={t('charts.served')} option={charts.served} empty={t('charts.empty')} />
          <DayChart testId="chart-ratings" title={t('charts.ratings')} option={charts.ratings} empty={t('charts.empty')} />
        </div>
      ) : null}
    </section>
  );
}

// 请您评价: one overall rating by a single tap, or several points (服务态度, 业务质量, 办事效率,
// 廉洁) each with its three choices and one button to send — targets sized for old hands.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATING_SCORES, type RatingPoint, type RatingScore } from '../../shared/api/counter.api.ts';
import { useHall } from '../ui/hall-context.tsx';
import { useCall } from '../ui/use-call.ts';

export function RatingPad({ receiptNo, points, onRated }: { receiptNo: string; points: RatingPoint[]; onRated: () => void }) {
  const { t } = useTranslation('customer');
  const client = useHall();
  const { run, error } = useCall('customer');
  const [chosen, setChosen] = useState<Partial<Record<RatingPoint, RatingScore>>>({});
  const [sending, setSending] = useState(false);
  const send = (scores: Array<{ point: RatingPoint; score: RatingScore }>) => {
    setSending(true);
    void run(() => client.call('counter.rate', { receiptNo, scores })).then((ok) => {
      setSending(false);
      if (ok) onRated();
    });
  };
  const single = points.length === 1;
  const complete = points.every((p) => chosen[p]);
  return (
    <div className="customer__rating" data-testid="customer-rating">
      <h2 className="customer__rate-title">{t('display.rate')}</h2>
      <p className="customer__rate-hint">{t('display.rateHint')}</p>
      {points.map((point) => (
        <div className="customer__rate-row" key={point} role="group" aria-label={t(`points.${point}`)}>
          {single ? null : <span className="customer__rate-point">{t(`points.${point}`)}</span>}
          {RATING_SCORES.map((score) => (
            <button
              key={score}
              type="button"
              className={`customer__rate-button customer__rate-button--${score}`}
              aria-pressed={chosen[point] === score}
              disabled={sending}
              data-testid={`rate-${point}-${score}`}
              onClick={() => (single ? send([{ point, score }]) : setChosen((c) => ({ ...c, [point]: score })))}
            >
              {t(`scores.${score}`)}
            </button>
          ))}
        </div>
      ))}
      {single ? null : (
        <button type="button" className="customer__rate-send" disabled={!complete || sending} data-testid="rate-send" onClick={() => send(points.map((point) => ({ point, score: chosen[point]! })))}>
          {t('display.submit')}
        </button>
      )}
      {error ? (
        <p className="customer__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

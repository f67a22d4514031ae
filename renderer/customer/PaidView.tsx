// After payment: the figures once more, "这是您的票据，请收好", then the rating and thanks.
import { useTranslation } from 'react-i18next';
import type { CustomerView, RatingPoint } from '../../shared/api/counter.api.ts';
import { Figure } from './ServiceView.tsx';
import { RatingPad } from './RatingPad.tsx';

type Paid = Extract<CustomerView, { phase: 'paid' }>;

export function PaidView({ view, rated, points, onRated }: { view: Paid; rated: boolean; points: RatingPoint[]; onRated: () => void }) {
  const { t } = useTranslation('customer');
  // several points to rate need the room: the figures were on screen through the service, the change stays
  const compact = !rated && points.length > 1;
  return (
    <section className={`customer__paid${compact ? ' customer__paid--compact' : ''}`} data-testid="customer-paid">
      <div className="customer__paid-head">
        <h1 className="customer__paid-title">{t('display.paid')}</h1>
        <p className="customer__keep">{t('display.keepReceipt')}</p>
        <p className="customer__receipt">{t('display.receipt', { receiptNo: view.receiptNo })}</p>
      </div>
      <div className="customer__figures customer__figures--row">
        {compact ? null : <Figure label={t('display.total')} fen={view.totalFen} testId="customer-total" />}
        {compact ? null : <Figure label={t('display.received')} fen={view.receivedFen} testId="customer-received" />}
        <Figure label={t('display.change')} fen={view.changeFen} testId="customer-change" strong />
      </div>
      {rated ? (
        <div className="customer__thanks" data-testid="customer-thanks" role="status">
          <h2>{t('display.thanks')}</h2>
          <p>{t('display.goodbye')}</p>
        </div>
      ) : (
        <RatingPad receiptNo={view.receiptNo} points={points} onRated={onRated} />
      )}
    </section>
  );
}

// An account's latest receipts: a lost receipt is reprinted from here (marked 补打), a payment
// taken today at this window can be reversed (冲正) with a manager's approval, and a digital
// invoice can be asked for against any payment that stands.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountPayment } from '../../../shared/api/ledger.api.ts';
import { formatMoney } from '../../../shared/money.ts';
import { formatHallTime } from '../../../shared/hall-time.ts';
import type { Locale } from '../../../shared/i18n/index.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { InvoiceRequest } from './InvoiceRequest.tsx';

export function RecentPayments({ payments, windowNo, today, timeZone, onReverse }: { payments: AccountPayment[] | null; windowNo: number; today: string; timeZone: string; onReverse: (p: AccountPayment) => void }) {
  const { t, i18n } = useTranslation('counter');
  const client = useHall();
  const { error, run } = useCall('staff');
  const [sent, setSent] = useState<string | null>(null);
  const [invoicing, setInvoicing] = useState<string | null>(null);
  const [invoiced, setInvoiced] = useState<string | null>(null);
  const reprint = (receiptNo: string) => void run(() => client.call('printing.reprintReceipt', { receiptNo })).then((r) => r && setSent(receiptNo));
  if (payments === null) return null;
  return (
    <div className="recent-payments" data-testid="recent-payments">
      <h3>{t('account.recent')}</h3>
      {payments.length === 0 ? <p className="muted">{t('account.noPayments')}</p> : null}
      <ul>
        {payments.map((p) => (
          <li key={p.receiptNo} data-testid="recent-payment">
            <span className="recent-payments__no" data-testid="payment-receipt-no">
              {p.receiptNo}
            </span>
            <span className="muted">{formatHallTime(p.at, timeZone, p.businessDate === today ? 'time' : 'dateTime', i18n.language as Locale)}</span>
            <span className="recent-payments__amount">{formatMoney(p.totalFen)}</span>
            <span className="muted recent-payments__note">
              {p.reversedBy ? t('account.reversed', { receiptNo: p.reversedBy }) : p.reverses ? t('account.reversalOf', { receiptNo: p.reverses }) : sent === p.receiptNo ? t('account.reprinted') : ''}
            </span>
            <span className="recent-payments__actions">
              {p.windowNo === windowNo ? (
                <button type="button" className="button button--quiet" onClick={() => reprint(p.receiptNo)} data-testid="reprint-receipt">
                  {t('account.reprint')}
                </button>
              ) : null}
              {p.kind === 'payment' && !p.reversedBy ? (
                <button type="button" className="button button--quiet" onClick={() => setInvoicing(p.receiptNo)} data-testid="invoice-receipt">
                  {t('invoice.request')}
                </button>
              ) : null}
              {p.kind === 'payment' && !p.reversedBy && p.windowNo === windowNo && p.businessDate === today ? (
                <button type="button" className="button button--quiet button--danger" onClick={() => onReverse(p)} data-testid="reverse-receipt">
                  {t('account.reverse')}
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {invoicing ? (
        <InvoiceRequest
          receiptNo={invoicing}
          onDone={() => {
            setInvoiced(invoicing);
            setInvoicing(null);
          }}
          onCancel={() => setInvoicing(null)}
        />
      ) : null}
      {invoiced ? (
        <p className="recent-payments__done" role="status" data-testid="invoice-done">
          {t('invoice.done', { receiptNo: invoiced })}
        </p>
      ) : null}
      <ErrorText error={error} />
    </div>
  );
}

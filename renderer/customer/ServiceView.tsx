// During service: the account, what is charged, and 唱收唱付 — the total, what the cashier
// received and the change, in large type while the cashier says them.
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/money.ts';
import type { CustomerView } from '../../shared/api/counter.api.ts';

type Service = Extract<CustomerView, { phase: 'service' }>;

export function ServiceView({ view, large }: { view: Service; large: boolean }) {
  const { t } = useTranslation('customer');
  // old eyes get fewer, larger lines; the rest are counted, never hidden silently
  const shown = large ? 3 : 6;
  const items = view.items.slice(0, shown);
  return (
    <section className="customer__service" data-testid="customer-service">
      {view.waitedLong ? (
        <p className="customer__sorry" data-testid="customer-sorry">
          {t('display.sorry')}
        </p>
      ) : null}
      {view.priority ? (
        <p className="customer__courtesy" data-testid="customer-courtesy">
          {t('display.priority')}
        </p>
      ) : null}
      <div className="customer__service-grid">
        <div className="customer__account">
          {view.ticketNo ? <div className="customer__ticket">{t('display.ticket', { ticketNo: view.ticketNo })}</div> : null}
          {view.account ? (
            <dl data-testid="customer-account">
              <dt>{t('display.account')}</dt>
              <dd>{view.account.accountNo}</dd>
              <dt>{t('display.name')}</dt>
              <dd>{view.account.name}</dd>
              {large ? null : (
                <>
                  <dt>{t('display.address')}</dt>
                  <dd>{view.account.address}</dd>
                </>
              )}
            </dl>
          ) : null}
          {items.length ? (
            <>
              <h2>{t('display.items')}</h2>
              <ul className="customer__items" data-testid="customer-items">
                {items.map((item, i) => (
                  <li key={i}>
                    <span>{item.label}</span>
                    <span className="customer__amount">{formatMoney(item.amountFen)}</span>
                  </li>
                ))}
                {view.items.length > shown ? <li className="customer__more">{t('display.moreItems', { n: view.items.length - shown })}</li> : null}
              </ul>
            </>
          ) : null}
        </div>
        <div className="customer__figures">
          <Figure label={t('display.total')} fen={view.totalFen} testId="customer-total" />
          {view.receivedFen === null ? (
            <p className="customer__waiting-received">{t('display.waitingReceived')}</p>
          ) : (
            <Figure label={t('display.received')} fen={view.receivedFen} testId="customer-received" />
          )}
          {view.changeFen !== null ? <Figure label={t('display.change')} fen={view.changeFen} testId="customer-change" note={view.changeFen > 0 ? t('display.pleaseCount') : null} strong /> : null}
        </div>
      </div>
    </section>
  );
}

export function Figure({ label, fen, testId, note = null, strong = false }: { label: string; fen: number; testId: string; note?: string | null; strong?: boolean }) {
  return (
    <div className={`customer__figure${strong ? ' customer__figure--strong' : ''}`} data-testid={testId}>
      <span className="customer__figure-label">{label}</span>
      <span className="customer__figure-value">{formatMoney(fen)}</span>
      {note ? <span className="customer__figure-note">{note}</span> : null}
    </div>
  );
}

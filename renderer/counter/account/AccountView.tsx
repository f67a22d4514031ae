// The account at the counter: who it is (name, address, class, area, 停供/低保), what is open
// (charges oldest first with their late fees, arrears by season), what was paid lately (reprint
// or reverse from here), the charges chosen for this payment (all by default), a late-fee
// waiver approved in place by another manager, and the tenders.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chargeLabel } from './charge-label.ts';
import type { Output } from '../../../shared/api/index.ts';
import type { AccountPayment } from '../../../shared/api/ledger.api.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { formatMoney } from '../../../shared/money.ts';
import { formatArea } from '../../../shared/heating-fee.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ApiCallError } from '../../client/client.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { TenderPanel, type CashFigures } from '../payment/TenderPanel.tsx';
import { SingLines } from '../payment/SingLines.tsx';
import type { Settlement } from '../payment/tender-math.ts';
import { WaiverForm, type Waiver } from './WaiverForm.tsx';
import { RecentPayments } from './RecentPayments.tsx';

type Statement = Output<'billing.statement'>;

export interface AccountFigures {
  account: { accountNo: string; name: string; address: string };
  items: Array<{ label: string; amountFen: number }>;
  totalFen: number;
}

export interface AccountViewProps {
  accountNo: string;
  windowNo: number;
  timeZone: string;
  onPaid: (receipt: ReceiptModel) => void;
  onReverse: (payment: AccountPayment) => void;
  onFigures: (figures: AccountFigures | null) => void;
  onCash: (cash: CashFigures) => void;
}

const newKey = () => `pay-${crypto.randomUUID()}`;

/** The call got no answer (network, host down): it may or may not have been carried out. */
const isLostAnswer = (e: unknown): boolean => !(e instanceof ApiCallError) || e.code === 'transport';

export function AccountView({ accountNo, windowNo, timeZone, onPaid, onReverse, onFigures, onCash }: AccountViewProps) {
  const { t } = useTranslation('counter');
  const client = useHall();
  const { error, setError, fail, run } = useCall('staff');
  const [uncertain, setUncertain] = useState(false);
  const [statement, setStatement] = useState<Statement | null>(null);
  const [payments, setPayments] = useState<AccountPayment[] | null>(null);
  const [unselected, setUnselected] = useState<ReadonlySet<number>>(new Set());
  const [waiver, setWaiver] = useState<Waiver | null>(null);
  const [askingWaiver, setAskingWaiver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [cash, setCash] = useState<CashFigures>({ receivedFen: null, changeFen: null, nonCash: [] });
  const cashChanged = useCallback(
    (c: CashFigures) => {
      setCash(c);
      onCash(c);
    },
    [onCash],
  );
  // one key per payment attempt: a retry after a lost answer is the same payment, not a second
  const [key, setKey] = useState(newKey);

  const loadPayments = useCallback(() => client.call('ledger.accountPayments', { accountNo, limit: 8 }).then((r) => setPayments(r.payments)), [client, accountNo]);
  useEffect(() => {
    void run(() => client.call('billing.statement', { accountNo }).then(setStatement));
    void loadPayments().catch(() => undefined);
  }, [client, accountNo, run, loadPayments]);

  const charges = useMemo(() => statement?.charges ?? [], [statement]);
  const selected = charges.filter((c) => !unselected.has(c.chargeId));
  const lateFeeFen = selected.reduce((s, c) => s + (c.lateFee?.amountFen ?? 0), 0);
  const totalFen = selected.reduce((s, c) => s + c.openFen + (c.lateFee?.amountFen ?? 0), 0) - (waiver ? lateFeeFen : 0);

  const items = useMemo(() => {
    const out: Array<{ label: string; amountFen: number }> = [];
    for (const c of selected) {
      out.push({ label: chargeLabel(c, t), amountFen: c.openFen });
      if (c.lateFee) {
        out.push({ label: `${t('account.lateFee')} ${c.season ?? ''}`.trim(), amountFen: c.lateFee.amountFen });
        if (waiver) out.push({ label: t('account.waive'), amountFen: -c.lateFee.amountFen });
      }
    }
    return out;
  }, [selected, waiver, t]);
  const account = statement?.account;
  const itemsKey = JSON.stringify(items);
  useEffect(() => {
    if (!account) return onFigures(null);
    onFigures({ account: { accountNo: account.accountNo, name: account.name, address: account.address }, items: JSON.parse(itemsKey) as AccountFigures['items'], totalFen });
  }, [account, itemsKey, totalFen, onFigures]);

  const toggle = (chargeId: number) =>
    setUnselected((u) => {
      const next = new Set(u);
      if (next.has(chargeId)) next.delete(chargeId);
      else next.add(chargeId);
      return next;
    });

  const pay = (s: Settlement) => {
    if (!statement) return;
    setBusy(true);
    setError(null);
    client
      .call('ledger.recordPayment', {
        idempotencyKey: key,
        accountNo,
        chargeIds: unselected.size === 0 ? null : selected.map((c) => c.chargeId),
        items: [],
        expectedTotalFen: totalFen,
        tenders: s.tenders,
        cashReceivedFen: s.tenders.some((x) => x.method === 'cash') ? s.receivedFen : null,
        waiveLateFee: waiver ? { managerCode: waiver.managerCode, managerPin: waiver.managerPin, reason: waiver.reason } : null,
      })
      .then(
        (receipt) => {
          setUncertain(false);
          onPaid(receipt);
        },
        (e: unknown) => {
          fail(e);
          // No answer is not a refusal: the hall may have recorded the payment before the
          // connection dropped. The next Enter sends the same request under the same key, and
          // the hall answers it with the receipt it already made, or records it now, once.
          if (isLostAnswer(e)) return setUncertain(true);
          setUncertain(false);
          setKey(newKey()); // refused: the next attempt is a new request
        },
      )
      .finally(() => setBusy(false));
  };

  if (!statement || !account) {
    return (
      <section className="panel account-view" data-testid="account-view">
        <ErrorText error={error} />
      </section>
    );
  }
  const arrears = charges.filter((c) => c.kind === 'arrears');
  return (
    <section className="account-view" data-testid="account-view">
      <div className="panel account-card">
        <header className="account-card__head">
          <span className="account-card__no" data-testid="account-no">
            {account.accountNo}
          </span>
          <strong className="account-card__name" data-testid="account-name">
            {account.name}
          </strong>
          <span className="tag">{t(`account.classes.${account.customerClass}`)}</span>
          <span className="tag">{formatArea(account.heatedAreaCentiM2)}</span>
          {account.heatingStatus === 'stopped' ? <span className="tag tag--mark">{t('account.stopped')}</span> : null}
          {account.lowIncome ? <span className="tag tag--mark">{t('account.lowIncome')}</span> : null}
          <span className="account-card__back muted">{t('account.back')}</span>
        </header>
        <p className="account-card__address">{account.address}</p>
        {arrears.length > 0 ? (
          <p className="account-card__arrears" data-testid="arrears">
            {t('account.arrearsBySeason', { list: arrears.map((c) => `${c.season ?? ''} ${formatMoney(c.openFen)}`).join(t('account.listSeparator')) })}
          </p>
        ) : null}
      </div>
      <div className="account-view__columns">
        <div className="panel charges" data-testid="charges">
          <h3>
            {t('account.charges')} <span className="muted">{t('account.selected', { n: selected.length })}</span>
          </h3>
          {charges.length === 0 ? <p className="muted">{t('account.noCharges')}</p> : null}
          <ul className="charges__list">
            {charges.map((c) => (
              <li key={c.chargeId} className={unselected.has(c.chargeId) ? 'is-off' : ''}>
                <label className="charges__line">
                  <input type="checkbox" checked={!unselected.has(c.chargeId)} onChange={() => toggle(c.chargeId)} data-testid="charge-check" />
                  <span className="charges__label">
                    {chargeLabel(c, t)}
                    {c.kind === 'arrears' ? <span className="tag tag--mark">{t('account.arrears')}</span> : null}
                  </span>
                  <span className="charges__amount">{formatMoney(c.openFen)}</span>
                </label>
                <span className="charges__detail muted">
                  {c.detail ?? ''}
                  {c.dueDate ? ` · ${t('account.due', { date: c.dueDate })}` : ''}
                </span>
                {c.lateFee ? (
                  <div className="charges__late" data-testid="late-fee">
                    <span>
                      {t('account.lateFee')} · {t('account.lateFeeDays', { days: c.lateFee.days })}
                    </span>
                    <span className={`charges__amount ${waiver ? 'is-waived' : ''}`}>{formatMoney(c.lateFee.amountFen)}</span>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {lateFeeFen > 0 && !waiver && !askingWaiver ? (
            <button type="button" className="button button--quiet" onClick={() => setAskingWaiver(true)} data-testid="waive">
              {t('account.waive')}
            </button>
          ) : null}
          {askingWaiver ? (
            <WaiverForm
              onApprove={(w) => {
                setWaiver(w);
                setAskingWaiver(false);
              }}
              onCancel={() => setAskingWaiver(false)}
            />
          ) : null}
          {waiver ? (
            <p className="charges__waived" data-testid="waived">
              {t('account.waived', { code: waiver.managerCode, reason: waiver.reason })}{' '}
              <button type="button" className="button button--quiet" onClick={() => setWaiver(null)}>
                {t('account.unwaive')}
              </button>
            </p>
          ) : null}
          <SingLines state={{ totalFen, nonCash: cash.nonCash, receivedFen: cash.receivedFen, changeFen: cash.changeFen, paid: false }} />
          <RecentPayments payments={payments} windowNo={windowNo} today={statement.onDate} timeZone={timeZone} onReverse={onReverse} />
        </div>
        <div className="panel">
          <TenderPanel key={`${totalFen}`} totalFen={totalFen} busy={busy} onConfirm={pay} onFigures={cashChanged} />
          {uncertain ? (
            <p className="payment-uncertain" role="alert" data-testid="payment-uncertain">
              {t('payment.uncertain')}
            </p>
          ) : null}
          <ErrorText error={error} />
        </div>
      </div>
    </section>
  );
}

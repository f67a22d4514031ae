// The shift at this window: before the first payment, the opening step of the sign-in
// checklist (the float counted into the drawer); during the shift, what the drawer should
// hold and the way to the close (the denomination count).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftView } from '../../../shared/api/shifts.api.ts';
import { formatMoney, parseYuan } from '../../../shared/money.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { ShiftClose } from './ShiftClose.tsx';
import { CashMove } from './CashMove.tsx';
import './shift.css';

export function ShiftPanel({ windowNo }: { windowNo: number }) {
  const { t } = useTranslation('shifts');
  const client = useHall();
  const [shift, setShift] = useState<ShiftView | null | undefined>(undefined);
  const [floatText, setFloatText] = useState('');
  const [closing, setClosing] = useState(false);
  const [moving, setMoving] = useState(false);
  const [handover, setHandover] = useState(false);
  const { error, run, setError } = useCall('staff');
  const refresh = useCallback(() => void run(() => client.call('shifts.current', {})).then((r) => r && setShift(r.shift)), [client, run]);
  useEffect(refresh, [refresh]);
  // the drawer's figures follow every payment and reversal taken at this window
  useEffect(() => {
    const mine = (e: { windowNo: number | null }) => e.windowNo === windowNo && refresh();
    const offPaid = client.on('ledger.paymentRecorded', mine);
    const offReversed = client.on('ledger.paymentReversed', mine);
    return () => {
      offPaid();
      offReversed();
    };
  }, [client, windowNo, refresh]);
  const open = (e: FormEvent) => {
    e.preventDefault();
    let floatFen: number;
    try {
      floatFen = floatText.trim() === '' ? 0 : parseYuan(floatText);
    } catch {
      return setError(t('open.badAmount'));
    }
    void run(() => client.call('shifts.open', { floatFen })).then((s) => {
      if (!s) return;
      setShift(s);
      setHandover(false);
    });
  };
  if (shift === undefined) return <ErrorText error={error} />;
  if (closing && shift) {
    return (
      <ShiftClose
        shift={shift}
        onDone={() => {
          setClosing(false);
          setShift(null);
          setHandover(true);
        }}
        onCancel={() => setClosing(false)}
      />
    );
  }
  if (!shift) {
    return (
      <form className="panel shift-open" onSubmit={open} data-testid="shift-open">
        <h2>{t('open.title')}</h2>
        {handover ? <p className="shift-open__handover">{t('open.handover')}</p> : null}
        <p className="muted">{t('open.hint')}</p>
        <label>
          {t('open.float')}
          <input autoFocus inputMode="decimal" value={floatText} onChange={(e) => setFloatText(e.target.value)} data-testid="shift-float" />
        </label>
        <ErrorText error={error} />
        <button className="button" type="submit" data-testid="shift-open-submit">
          {t('open.submit')}
        </button>
      </form>
    );
  }
  return (
    <section className="panel shift-now" data-testid="shift-now">
      <h2>
        {t('current.title')} · {t('current.shiftNo', { n: shift.shiftNo })} · {windowNo}
      </h2>
      <dl className="shift-now__figures">
        <dt>{t('current.float')}</dt>
        <dd>{formatMoney(shift.floatFen)}</dd>
        <dt>{t('current.cashTaken')}</dt>
        <dd>{formatMoney(shift.cashTakenFen)}</dd>
        <dt>{t('current.takenOut')}</dt>
        <dd>{formatMoney(shift.takenOutFen)}</dd>
        <dt>{t('current.expected')}</dt>
        <dd data-testid="shift-expected">{formatMoney(shift.expectedCashFen)}</dd>
      </dl>
      <p className="muted">{t('current.receipts', { count: shift.receipts.count, reversals: shift.receipts.reversals })}</p>
      <ErrorText error={error} />
      {moving ? (
        <CashMove
          onDone={(s) => {
            setShift(s);
            setMoving(false);
          }}
          onCancel={() => setMoving(false)}
        />
      ) : null}
      <div className="shift-now__buttons">
        <button className="button button--quiet" onClick={refresh}>
          ↻
        </button>
        <button className="button button--quiet" onClick={() => setMoving((m) => !m)} aria-expanded={moving} data-testid="cash-move-start">
          {t('move.title')}
        </button>
        <button className="button button--warn" onClick={() => setClosing(true)} data-testid="shift-close-start">
          {t('close.submit')}
        </button>
      </div>
    </section>
  );
}

// The customer display (客显), the counter's second screen at /customer?window=N: what the
// customer across the counter sees — welcome and who serves them, the figures while the cashier
// says them, the rating after payment, 暂停营业 when the window stops. Touch only; a toggle for
// a customer who sees poorly makes everything larger and slower.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../ui/use-board.ts';
import { useCustomerView } from './use-customer-view.ts';
import { IdleView } from './IdleView.tsx';
import { ServiceView } from './ServiceView.tsx';
import { PaidView } from './PaidView.tsx';
import { PausedView } from './PausedView.tsx';
import './customer.css';

/** How long the thanks stay before the welcome returns; a slow reader gets longer. */
const THANKS_MS = { normal: 6_000, large: 15_000 };

function windowFromUrl(): number {
  const n = Number(new URLSearchParams(window.location.search).get('window'));
  return Number.isInteger(n) && n >= 1 && n <= 99 ? n : 1;
}

export function CustomerScreen() {
  const { t } = useTranslation('customer');
  const [windowNo] = useState(windowFromUrl);
  const board = useBoard();
  const { state, reload } = useCustomerView(windowNo);
  const [large, setLarge] = useState(false);
  // the receipt whose thanks have been shown long enough: the display is back to welcome
  const [doneReceipt, setDoneReceipt] = useState<string | null>(null);
  const view = state?.view ?? null;
  const receiptNo = view?.phase === 'paid' ? view.receiptNo : null;
  const rated = state?.rated ?? false;

  useEffect(() => {
    if (!receiptNo || !rated) return;
    const timer = setTimeout(() => setDoneReceipt(receiptNo), large ? THANKS_MS.large : THANKS_MS.normal);
    return () => clearTimeout(timer);
  }, [receiptNo, rated, large]);

  // the large mode is this customer's: it ends when the next customer's service begins
  const lastPhase = useRef(view?.phase);
  useEffect(() => {
    const before = lastPhase.current;
    lastPhase.current = view?.phase;
    if (before === 'paid' && view?.phase !== 'paid') setLarge(false);
  }, [view?.phase]);

  let body;
  if (!state || !view) body = <p className="customer__connecting">{t('display.offline')}</p>;
  else if (state.pause) body = <PausedView pause={state.pause} windowNo={windowNo} timeZone={board?.timeZone ?? 'Asia/Shanghai'} />;
  else if (view.phase === 'service') body = <ServiceView view={view} large={large} />;
  else if (view.phase === 'paid' && doneReceipt !== view.receiptNo) body = <PaidView view={view} rated={rated} points={state.ratingPoints} onRated={reload} />;
  else body = <IdleView windowNo={windowNo} cashier={state.cashier} branchName={board?.branchName ?? null} />;

  return (
    <div className={`customer${large ? ' customer--large' : ''}`} data-testid="customer-display" data-window={windowNo} data-phase={state?.pause ? 'paused' : (view?.phase ?? 'loading')} data-large={large}>
      {body}
      <button type="button" className="customer__large-toggle" aria-pressed={large} data-testid="customer-large" onClick={() => setLarge((on) => !on)}>
        <span className="customer__large-glyph" aria-hidden>
          {t('display.large')}
        </span>
        {large ? t('display.largeOff') : t('display.largeOn')}
      </button>
    </div>
  );
}

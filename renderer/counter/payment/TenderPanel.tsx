// Tenders for the total the screen shows (the same figure the hall checks as expectedTotalFen):
// cash with quick amounts and live change, and split tenders (card, WeChat/Alipay with the
// scanned payment code, cheque number, transfer). Enter takes the payment; a large amount asks
// once more in a step that Enter alone cannot pass (Ctrl+Enter or a click).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatYuan, parseYuan } from '../../../shared/money.ts';
import { LARGE_AMOUNT_FEN, quickCashAmounts, settle, walletOfCode, type Settlement, type TenderDraft } from './tender-math.ts';

const NON_CASH: TenderDraft['method'][] = ['card', 'wechat', 'alipay', 'cheque', 'transfer'];

function yuanOrNull(text: string): number | null {
  if (!text.trim()) return null;
  try {
    return parseYuan(text);
  } catch {
    return null;
  }
}

/** The figures as the cashier types them: for the 唱收唱付 lines and the customer display. */
export interface CashFigures {
  receivedFen: number | null;
  changeFen: number | null;
  nonCash: Array<{ method: TenderDraft['method']; amountFen: number }>;
}

export interface TenderPanelProps {
  totalFen: number;
  busy: boolean;
  onConfirm: (s: Settlement) => void;
  /** what the customer display shows as the cashier types */
  onFigures: (figures: CashFigures) => void;
}

interface Row {
  method: TenderDraft['method'];
  amount: string;
  reference: string;
}

export function TenderPanel({ totalFen, busy, onConfirm, onFigures }: TenderPanelProps) {
  const { t } = useTranslation('counter');
  const [rows, setRows] = useState<Row[]>([]);
  const [received, setReceived] = useState('');
  const [confirming, setConfirming] = useState(false);
  const receivedRef = useRef<HTMLInputElement>(null);
  const drafts: TenderDraft[] = rows.map((r) => ({ method: r.method, amountFen: yuanOrNull(r.amount) ?? 0, reference: r.reference }));
  const s = settle(totalFen, drafts, yuanOrNull(received));
  const nonCashKey = JSON.stringify(drafts.filter((d) => d.amountFen > 0).map((d) => ({ method: d.method, amountFen: d.amountFen })));
  useEffect(
    () => onFigures({ receivedFen: s.cashDueFen > 0 ? s.receivedFen : null, changeFen: s.changeFen, nonCash: JSON.parse(nonCashKey) as CashFigures['nonCash'] }),
    [s.receivedFen, s.changeFen, s.cashDueFen, nonCashKey, onFigures],
  );

  const take = () => {
    if (busy || s.problem) return;
    if (totalFen >= LARGE_AMOUNT_FEN && !confirming) return setConfirming(true);
    setConfirming(false);
    onConfirm(s);
  };

  // The large-amount step listens before anything else: Enter is swallowed, Ctrl+Enter confirms.
  useEffect(() => {
    if (!confirming) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        e.stopPropagation();
        if (e.ctrlKey) {
          setConfirming(false);
          onConfirm(s);
        }
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        setConfirming(false);
        receivedRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [confirming, onConfirm, s]);

  const onEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || confirming) return;
    e.preventDefault();
    take();
  };
  const addRow = (method: TenderDraft['method']) => {
    const rest = Math.max(0, s.cashDueFen);
    setRows((r) => [...r, { method, amount: rest > 0 ? formatYuan(rest, { grouping: false }) : '', reference: '' }]);
  };
  const setRow = (i: number, patch: Partial<Row>) => setRows((r) => r.map((row, k) => (k === i ? { ...row, ...patch } : row)));

  return (
    <section className="tender-panel" data-testid="tender-panel" onKeyDown={onEnter}>
      <div className="tender-panel__total">
        <span>{t('account.total')}</span>
        <strong data-testid="total">{formatMoney(totalFen)}</strong>
      </div>
      {rows.map((row, i) => (
        <div className="tender-row" key={i} data-testid={`tender-${row.method}`}>
          <span className="tender-row__method">{t(`tender.${row.method}`)}</span>
          <input className="tender-row__amount" inputMode="decimal" value={row.amount} onChange={(e) => setRow(i, { amount: e.target.value })} aria-label={t(`tender.${row.method}`)} data-testid="tender-amount" />
          <input
            className="tender-row__reference"
            autoFocus
            value={row.reference}
            placeholder={t(`tender.references.${row.method}`)}
            aria-label={t(`tender.references.${row.method}`)}
            onChange={(e) => {
              // a scanned payment code says whose wallet it is
              const wallet = row.method === 'wechat' || row.method === 'alipay' ? walletOfCode(e.target.value) : null;
              setRow(i, { reference: e.target.value, ...(wallet ? { method: wallet } : {}) });
            }}
            data-testid="tender-reference"
          />
          <button type="button" className="button button--quiet" onClick={() => setRows((r) => r.filter((_, k) => k !== i))}>
            {t('tender.remove')}
          </button>
        </div>
      ))}
      <div className="tender-panel__add">
        {NON_CASH.map((m) => (
          <button key={m} type="button" className="button button--quiet" onClick={() => addRow(m)} disabled={rows.length >= 5} data-testid={`add-${m}`}>
            + {t(`tender.${m}`)}
          </button>
        ))}
      </div>
      {s.cashDueFen > 0 ? (
        <div className="tender-panel__cash">
          <div className="tender-panel__due">
            <span>{t('tender.cashDue')}</span>
            <strong data-testid="cash-due">{formatMoney(s.cashDueFen)}</strong>
          </div>
          <label className="tender-panel__received">
            <span>{t('tender.received')}</span>
            <input ref={receivedRef} autoFocus inputMode="decimal" value={received} onChange={(e) => setReceived(e.target.value)} data-testid="received" />
          </label>
          <div className="tender-panel__quick">
            {quickCashAmounts(s.cashDueFen).map((amount, i) => (
              <button
                key={amount}
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setReceived(formatYuan(amount, { grouping: false }));
                  receivedRef.current?.focus();
                }}
                data-testid={i === 0 ? 'quick-exact' : 'quick-cash'}
              >
                {i === 0 ? `${t('tender.exact')} ${formatYuan(amount)}` : formatYuan(amount)}
              </button>
            ))}
          </div>
          <div className="tender-panel__change">
            <span>{t('tender.change')}</span>
            <strong data-testid="change">{s.changeFen !== null ? formatMoney(s.changeFen) : '—'}</strong>
          </div>
        </div>
      ) : null}
      {s.problem && s.problem !== 'cashShort' ? <p className="tender-panel__problem">{t(`tender.problems.${s.problem}`)}</p> : null}
      <button type="button" className="button tender-panel__confirm" onClick={take} disabled={busy || s.problem !== null} data-testid="confirm-payment">
        {busy ? t('tender.paying') : t('tender.confirm')}
      </button>
      {confirming ? (
        <div className="dialog-backdrop">
          <div className="panel dialog large-confirm" role="alertdialog" aria-labelledby="large-title" tabIndex={-1} ref={(el) => el?.focus()} data-testid="large-confirm">
            <h2 id="large-title">{t('large.title')}</h2>
            <p className="large-confirm__amount">{t('large.body', { amount: formatYuan(totalFen) })}</p>
            <p className="muted">{t('large.note')}</p>
            <div className="dialog__buttons">
              <button type="button" className="button" onClick={() => (setConfirming(false), onConfirm(s))} data-testid="large-confirm-ok">
                {t('large.confirm')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                {t('large.cancel')}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </section>
  );
}

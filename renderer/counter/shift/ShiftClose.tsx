// 交班点钞: the drawer counted note by note. The counted total, the expected cash and the
// difference (长款 / 短款) update as the cashier types; a difference needs a note. After the
// close the shift report is shown as it prints.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftView } from '../../../shared/api/shifts.api.ts';
import { DENOMINATIONS, countedFen, type CashCount } from '../../../shared/cash-count.ts';
import { formatMoney, parseYuan } from '../../../shared/money.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';

const EMPTY: CashCount = { y100: 0, y50: 0, y20: 0, y10: 0, y5: 0, y1: 0, j5: 0, j1: 0, coinsFen: 0 };

export function ShiftClose({ shift, onDone, onCancel }: { shift: ShiftView; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('shifts');
  const client = useHall();
  const [count, setCount] = useState<CashCount>(EMPTY);
  const [coinsText, setCoinsText] = useState('');
  const [note, setNote] = useState('');
  const [report, setReport] = useState<string | null>(null);
  const { error, run } = useCall('staff');
  const counted = countedFen(count);
  const difference = counted - shift.expectedCashFen;
  const diffLabel = difference > 0 ? t('close.overage') : difference < 0 ? t('close.shortage') : t('close.even');
  const setPieces = (key: keyof CashCount, text: string) => setCount((c) => ({ ...c, [key]: Math.max(0, Math.min(99_999, Number.parseInt(text, 10) || 0)) }));
  const setCoins = (text: string) => {
    setCoinsText(text);
    let coinsFen = 0;
    try {
      coinsFen = text.trim() === '' ? 0 : Math.max(0, parseYuan(text));
    } catch {
      coinsFen = 0;
    }
    setCount((c) => ({ ...c, coinsFen }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const closed = await client.call('shifts.close', { count, note: note.trim() === '' ? null : note.trim() });
      const preview = await client.call('printing.preview', { jobId: closed.printJobId, paperWidth: null });
      setReport(preview.svg);
    });
  };
  if (report) {
    return (
      <section className="panel shift-close shift-close--done" data-testid="shift-closed">
        <h2>{t('close.done')}</h2>
        <div className="shift-close__report" aria-label={t('close.preview')} dangerouslySetInnerHTML={{ __html: report }} />
        <button className="button" autoFocus onClick={onDone} data-testid="shift-closed-ok">
          OK
        </button>
      </section>
    );
  }
  return (
    <form className="panel shift-close" onSubmit={submit} data-testid="shift-close">
      <h2>{t('close.title')}</h2>
      <table className="shift-close__count">
        <thead>
          <tr>
            <th>{t('close.denomination')}</th>
            <th>{t('close.pieces')}</th>
            <th>{t('close.subtotal')}</th>
          </tr>
        </thead>
        <tbody>
          {DENOMINATIONS.map((d, i) => (
            <tr key={d.key}>
              <th scope="row">{t(`close.${d.key}`)}</th>
              <td>
                <input
                  autoFocus={i === 0}
                  inputMode="numeric"
                  value={count[d.key] === 0 ? '' : String(count[d.key])}
                  onChange={(e) => setPieces(d.key, e.target.value)}
                  data-testid={`count-${d.key}`}
                  aria-label={t(`close.${d.key}`)}
                />
              </td>
              <td className="shift-close__money">{formatMoney(d.fen * count[d.key])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('close.coins')}</th>
            <td>
              <input inputMode="decimal" value={coinsText} onChange={(e) => setCoins(e.target.value)} data-testid="count-coins" aria-label={t('close.coins')} />
            </td>
            <td className="shift-close__money">{formatMoney(count.coinsFen)}</td>
          </tr>
        </tbody>
      </table>
      <dl className="shift-close__sum">
        <dt>{t('close.counted')}</dt>
        <dd data-testid="counted">{formatMoney(counted)}</dd>
        <dt>{t('close.expected')}</dt>
        <dd>{formatMoney(shift.expectedCashFen)}</dd>
        <dt>
          {t('close.difference')} · {diffLabel}
        </dt>
        <dd className={difference === 0 ? 'is-even' : 'is-off'} data-testid="difference">
          {formatMoney(difference)}
        </dd>
      </dl>
      {difference !== 0 ? (
        <label className="shift-close__note">
          {t('close.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="shift-note" />
        </label>
      ) : null}
      <ErrorText error={error} />
      <div className="shift-close__buttons">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Esc
        </button>
        <button className="button button--warn" type="submit" data-testid="shift-close-submit">
          {t('close.submit')}
        </button>
      </div>
    </form>
  );
}

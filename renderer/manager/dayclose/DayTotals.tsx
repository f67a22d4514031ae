// The day's totals as the X and Z reports hold them: by tender, cashier, window, fee item and
// tax category, the cash movements, and each shift with its difference (the shift-close view).
import { useTranslation } from 'react-i18next';
import type { DayReport } from '../../../shared/api/dayclose.api.ts';
import { formatMoney } from '../../../shared/money.ts';
import { localDateTimeOf } from '../../../shared/seasons.ts';

function Table({ title, rows, testId }: { title: string; rows: Array<[string, string, string?]>; testId: string }) {
  return (
    <table className="day-totals__table" data-testid={testId}>
      <caption>{title}</caption>
      <tbody>
        {rows.map(([a, b, c], i) => (
          <tr key={i}>
            <th scope="row">{a}</th>
            {c !== undefined ? <td>{c}</td> : null}
            <td className="day-totals__money">{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DayTotals({ report }: { report: DayReport }) {
  const { t } = useTranslation('dayclose');
  const count = (n: number) => t('totals.count', { n });
  const time = (iso: string | null) => (iso ? localDateTimeOf(new Date(iso), report.timeZone).slice(11, 16) : '—');
  return (
    <div className="day-totals" data-testid="day-totals">
      <p className="day-totals__head">
        {t('totals.head', { payments: report.payments, reversals: report.reversals })} <strong data-testid="day-total">{formatMoney(report.totalFen)}</strong>
      </p>
      <div className="day-totals__grid">
        <Table title={t('totals.byTender')} testId="by-tender" rows={report.byTender.map((r) => [t(`shifts:tender.${r.method}`), formatMoney(r.amountFen), count(r.count)])} />
        <Table title={t('totals.byCashier')} testId="by-cashier" rows={report.byCashier.map((r) => [`${r.code} ${r.name}`, formatMoney(r.amountFen), count(r.count)])} />
        <Table title={t('totals.byWindow')} testId="by-window" rows={report.byWindow.map((r) => [t('totals.window', { n: r.windowNo }), formatMoney(r.amountFen), count(r.count)])} />
        <Table title={t('totals.byItem')} testId="by-item" rows={report.byItem.map((r) => [r.label, formatMoney(r.amountFen), t(`totals.tax.${r.taxCategory}`)])} />
        <Table
          title={t('totals.byTax')}
          testId="by-tax"
          rows={[
            [t('totals.tax.vatExempt'), formatMoney(report.byTax.vatExemptFen)],
            [t('totals.tax.taxable'), formatMoney(report.byTax.taxableFen)],
          ]}
        />
        <Table
          title={t('totals.cash')}
          testId="cash"
          rows={[
            [t('totals.cashRows.float'), formatMoney(report.cash.floatFen)],
            [t('totals.cashRows.topUps'), formatMoney(report.cash.topUpsFen)],
            [t('totals.cashRows.drops'), formatMoney(report.cash.dropsFen)],
            [t('totals.cashRows.deposits'), formatMoney(report.cash.depositsFen)],
            [t('totals.cashRows.overage'), formatMoney(report.cash.overageFen)],
            [t('totals.cashRows.shortage'), formatMoney(report.cash.shortageFen)],
          ]}
        />
      </div>
      <table className="day-totals__shifts" data-testid="day-shifts">
        <caption>{t('totals.shifts')}</caption>
        <thead>
          <tr>
            <th>{t('totals.shiftCols.window')}</th>
            <th>{t('totals.shiftCols.cashier')}</th>
            <th>{t('totals.shiftCols.time')}</th>
            <th>{t('totals.shiftCols.difference')}</th>
            <th>{t('totals.shiftCols.note')}</th>
          </tr>
        </thead>
        <tbody>
          {report.shifts.map((s) => (
            <tr key={s.shiftNo} className={s.closedAt === null ? 'is-open' : ''}>
              <td>{t('totals.window', { n: s.windowNo })}</td>
              <td>
                {s.cashier.code} {s.cashier.name}
              </td>
              <td>
                {time(s.openedAt)}–{s.closedAt ? time(s.closedAt) : t('totals.stillOpen')}
              </td>
              <td className={s.differenceFen ? 'day-totals__off' : ''}>{s.differenceFen === null ? '—' : formatMoney(s.differenceFen)}</td>
              <td>{s.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {t('totals.queue', { issued: report.queue.issued, served: report.queue.served, noShows: report.queue.noShows, avg: Math.round(report.queue.avgWaitSec / 60) })}
        {' · '}
        {t('totals.ratings', { rated: report.ratings.rated, satisfied: report.ratings.satisfied })}
        {' · '}
        {t('totals.invoices', { n: report.invoiceRequests.length })}
      </p>
    </div>
  );
}

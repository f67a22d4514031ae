// 日结向导: check → totals → confirm → Z report. Each step shows what the hall found; the
// close is offered only when the check has nothing in the way, and the Z report ends with the
// running totals and the chain head that the paper carries.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayCheck, DayReport, ZReport } from '../../../shared/api/dayclose.api.ts';
import { formatMoney } from '../../../shared/money.ts';
import { localDateOf } from '../../../shared/seasons.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { DayTotals } from './DayTotals.tsx';
import { ReportDownloads } from './ReportDownloads.tsx';
import './dayclose.css';

type Step = 'check' | 'totals' | 'confirm' | 'done';
const STEPS: Step[] = ['check', 'totals', 'confirm', 'done'];

export function DayCloseWizard({ now, timeZone }: { now: string; timeZone: string }) {
  const { t } = useTranslation('dayclose');
  const client = useHall();
  const [date, setDate] = useState(() => localDateOf(new Date(now), timeZone));
  const [step, setStep] = useState<Step>('check');
  const [check, setCheck] = useState<DayCheck | null>(null);
  const [report, setReport] = useState<DayReport | null>(null);
  const [z, setZ] = useState<ZReport | null>(null);
  const { error, run } = useCall('staff');
  const load = useCallback(() => {
    void run(async () => {
      const [c, x] = await Promise.all([client.call('dayclose.check', { date }), client.call('dayclose.xReport', { date })]);
      setCheck(c);
      setReport(x);
    });
  }, [client, date, run]);
  useEffect(load, [load]);
  const close = () =>
    void run(async () => {
      const closed = await client.call('dayclose.close', { date });
      setZ(closed.report);
      setStep('done');
    });
  return (
    <section className="panel day-close" data-testid="day-close">
      <h2>{t('wizard.title')}</h2>
      <ol className="day-close__steps">
        {STEPS.map((s, i) => (
          <li key={s} className={s === step ? 'is-current' : STEPS.indexOf(step) > i ? 'is-done' : ''}>
            {i + 1}. {t(`wizard.steps.${s}`)}
          </li>
        ))}
      </ol>
      <label className="day-close__date">
        {t('wizard.date')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} disabled={step === 'done'} data-testid="close-date" />
      </label>
      <ErrorText error={error} />
      {step === 'check' && check ? <CheckStep check={check} onNext={() => setStep('totals')} onRecheck={load} /> : null}
      {step === 'check' && check?.closed ? <ReportDownloads date={date} run={run} /> : null}
      {step === 'totals' && report ? (
        <>
          <DayTotals report={report} />
          <div className="day-close__buttons">
            <ReportDownloads date={date} run={run} />
            <button className="button button--quiet" onClick={() => setStep('check')}>
              {t('wizard.back')}
            </button>
            <button className="button" onClick={() => setStep('confirm')} data-testid="to-confirm" disabled={!check?.canClose}>
              {t('wizard.next')}
            </button>
          </div>
        </>
      ) : null}
      {step === 'confirm' && report ? (
        <div className="day-close__confirm" data-testid="confirm-step">
          <p>{t('wizard.confirmText', { date, total: formatMoney(report.totalFen), payments: report.payments })}</p>
          <div className="day-close__buttons">
            <button className="button button--quiet" onClick={() => setStep('totals')}>
              {t('wizard.back')}
            </button>
            <button className="button button--warn" onClick={close} data-testid="close-day">
              {t('wizard.close')}
            </button>
          </div>
        </div>
      ) : null}
      {step === 'done' && z ? (
        <div className="day-close__done" data-testid="z-report">
          <p className="day-close__ok">{t('wizard.closed', { date: z.date })}</p>
          <dl className="day-close__figures">
            <dt>{t('wizard.dayTotal')}</dt>
            <dd>{formatMoney(z.totalFen)}</dd>
            <dt>{t('wizard.monthTotal', { month: z.periods.month.month })}</dt>
            <dd>{formatMoney(z.periods.month.totalFen)}</dd>
            <dt>{t('wizard.yearTotal', { year: z.periods.year.year })}</dt>
            <dd>{formatMoney(z.periods.year.totalFen)}</dd>
            <dt>{t('wizard.grandTotal')}</dt>
            <dd>{formatMoney(z.periods.grandTotalFen)}</dd>
            <dt>{t('wizard.chainHead')}</dt>
            <dd className="day-close__hash" data-testid="chain-head">
              #{z.chainHead.seq} {z.chainHead.hash.slice(0, 16)}…
            </dd>
          </dl>
          <div className="day-close__buttons">
            <ReportDownloads date={z.date} run={run} />
          </div>
        </div>
      ) : null}
    </section>
  );
}

function CheckStep({ check, onNext, onRecheck }: { check: DayCheck; onNext: () => void; onRecheck: () => void }) {
  const { t } = useTranslation('dayclose');
  const item = (ok: boolean, label: string, detail: string | null, id: string) => (
    <li className={ok ? 'is-ok' : 'is-bad'} data-testid={`check-${id}`}>
      <span className="day-close__mark">{ok ? '✓' : '✗'}</span> {label}
      {detail ? <span className="day-close__detail">{detail}</span> : null}
    </li>
  );
  return (
    <div data-testid="check-step">
      {check.closed ? <p className="day-close__ok">{t('wizard.alreadyClosed')}</p> : null}
      <ul className="day-close__checks">
        {item(check.openShifts.length === 0, t('wizard.checks.shifts'), check.openShifts.map((s) => t('wizard.openShift', { windowNo: s.windowNo, code: s.cashier.code, name: s.cashier.name })).join(' · ') || null, 'shifts')}
        {item(check.reprintsWaiting.length === 0, t('wizard.checks.reprints'), check.reprintsWaiting.length ? check.reprintsWaiting.map((r) => r.documentNo ?? r.kind).join(', ') : null, 'reprints')}
        {item(check.earlierDayOpen === null, t('wizard.checks.earlier'), check.earlierDayOpen, 'earlier')}
        {item(check.ledger.ok, t('wizard.checks.ledger', { entries: check.ledger.entriesChecked, receipts: check.ledger.receiptsChecked }), check.ledger.problems[0] ? `#${check.ledger.problems[0].seq} ${check.ledger.problems[0].reason}` : null, 'ledger')}
      </ul>
      <div className="day-close__buttons">
        <button className="button button--quiet" onClick={onRecheck}>
          {t('wizard.recheck')}
        </button>
        <button className="button" onClick={onNext} data-testid="to-totals">
          {t('wizard.next')}
        </button>
      </div>
    </div>
  );
}

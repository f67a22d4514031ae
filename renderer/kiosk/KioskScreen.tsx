// The ticket kiosk (取号机): touch only, very large buttons and type, readable by a
// 75-year-old. One touch on a business (or its priority-lane button) issues the ticket; the
// number is shown big while the slip prints, and the kiosk says plainly when it did not print.
// Each customer may switch the language; the next one starts in the hall's language again.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/index.ts';
import { useHall } from '../ui/hall-context.tsx';
import { useBoard } from '../ui/use-board.ts';
import { useHallNow } from '../ui/hall-clock.ts';
import { formatHallTime } from '../../shared/hall-time.ts';
import { useErrorText } from '../ui/use-call.ts';
import { initialLocale, i18next } from '../ui/i18n.ts';
import { KioskLanguages } from './KioskLanguages.tsx';
import { KioskClosed } from './KioskClosed.tsx';
import { useSlipOutcomes, type SlipOutcome } from './use-slip-outcomes.ts';
import { printTargetWords } from '../../shared/print-models.ts';
import './kiosk.css';

interface Issued {
  ticketNo: string;
  serviceName: string;
  waitingAhead: number;
  priority: boolean;
  jobId: number;
}

const SHOW_TICKET_MS = 10_000;
/** a customer whose slip did not print needs time to note the number */
const SHOW_UNPRINTED_MS = 30_000;
/** a slip with no word from the printer by then is treated as not printed: the customer is told */
const SLIP_ANSWER_MS = 8_000;
/** back to the hall's language when nobody touched the kiosk for a while */
const LANGUAGE_RESET_MS = 60_000;

function SlipState({ outcome }: { outcome: SlipOutcome | undefined }) {
  const { t } = useTranslation(['queue', 'printing']);
  if (outcome?.kind === 'failed' || outcome?.kind === 'noAnswer') {
    const reason = outcome.kind === 'failed' ? t(`printing:status.${outcome.reasonKey}`, { ...printTargetWords(outcome.target), detail: '', ms: '' }).trim() : t('kiosk.slipNoAnswer');
    return (
      <div className="kiosk__slip kiosk__slip--failed" role="alert" data-testid="slip-failed">
        <div className="kiosk__slip-title">{t('kiosk.slipFailed')}</div>
        <div className="kiosk__slip-help">{t('kiosk.slipFailedHelp')}</div>
        <div className="kiosk__slip-reason">{t('kiosk.slipReason', { reason })}</div>
      </div>
    );
  }
  if (outcome?.kind === 'printed') {
    return (
      <div className="kiosk__slip" data-testid="slip-printed">
        {t('kiosk.takeSlip')}
      </div>
    );
  }
  return (
    <div className="kiosk__slip kiosk__slip--printing" data-testid="slip-printing">
      {t('kiosk.printing')}
    </div>
  );
}

export function KioskScreen() {
  const { t, i18n } = useTranslation('queue');
  const client = useHall();
  const board = useBoard();
  const now = useHallNow(board?.clockOffsetMs ?? 0);
  const outcomes = useSlipOutcomes();
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const say = useErrorText('customer');
  const [busy, setBusy] = useState(false);
  const hallLocale = useRef(initialLocale());
  const [waitedTooLong, setWaitedTooLong] = useState<number | null>(null);
  const heard = issued ? outcomes.get(issued.jobId) : undefined;
  const outcome: SlipOutcome | undefined = heard ?? (issued && waitedTooLong === issued.jobId ? { kind: 'noAnswer' } : undefined);
  const unprinted = outcome !== undefined && outcome.kind !== 'printed';
  useEffect(() => {
    if (!issued) return;
    const timer = setTimeout(() => setWaitedTooLong(issued.jobId), SLIP_ANSWER_MS);
    return () => clearTimeout(timer);
  }, [issued]);

  const backToStart = () => {
    setIssued(null);
    setError(null);
    if (i18next.language !== hallLocale.current) void i18next.changeLanguage(hallLocale.current);
  };
  useEffect(() => {
    if (!issued && !error) return;
    const timer = setTimeout(backToStart, unprinted ? SHOW_UNPRINTED_MS : SHOW_TICKET_MS);
    return () => clearTimeout(timer);
  }, [issued, error, unprinted]);
  useEffect(() => {
    if (i18n.language === hallLocale.current) return;
    const timer = setTimeout(() => void i18next.changeLanguage(hallLocale.current), LANGUAGE_RESET_MS);
    return () => clearTimeout(timer);
  }, [i18n.language, issued]);

  if (!board) return <div className="kiosk kiosk--loading">{t('common:connection.connecting')}</div>;
  const locale = i18n.language as Locale;
  const laneName = board.priorityLaneNames[locale];

  const take = (serviceCode: string, lane: 'normal' | 'priority') => {
    if (busy) return;
    setBusy(true);
    client
      .call('queue.issueTicket', { serviceCode, lane, priorityReason: null })
      .then((r) =>
        setIssued({
          ticketNo: r.ticket.ticketNo,
          serviceName: r.serviceName,
          waitingAhead: r.waitingAhead,
          priority: lane === 'priority',
          jobId: r.slip.jobId,
        }),
      )
      .catch((e: unknown) => setError(say(e)))
      .finally(() => setBusy(false));
  };

  if (issued) {
    return (
      <div className={`kiosk kiosk--ticket${unprinted ? ' is-unprinted' : ''}`} data-testid="kiosk-ticket">
        <div className="kiosk__label">{t('kiosk.yourNumber')}</div>
        <div className={`kiosk__number${issued.priority ? ' is-priority' : ''}`} data-testid="kiosk-number">
          {issued.ticketNo}
        </div>
        <div className="kiosk__service">
          {issued.serviceName}
          {issued.priority ? ` · ${laneName}` : ''}
        </div>
        <div className="kiosk__ahead">{t('kiosk.ahead', { n: issued.waitingAhead })}</div>
        <SlipState outcome={outcome} />
        <button className="kiosk__back" onClick={backToStart}>
          {t('kiosk.back')}
        </button>
      </div>
    );
  }
  const { issuing } = board;
  return (
    <div className="kiosk" data-testid="kiosk" data-phase={issuing.phase}>
      <header className="kiosk__bar">
        <span className="kiosk__branch">{board.branchName}</span>
        {board.greeting ? <span className="kiosk__greeting">{board.greeting}</span> : null}
        <span className="kiosk__clock" data-testid="kiosk-clock">
          {formatHallTime(now, board.timeZone, 'time', locale)}
        </span>
      </header>
      <KioskLanguages />
      {error ? (
        <div className="kiosk__error" role="alert">
          {t('kiosk.failed', { message: error })}
        </div>
      ) : null}
      {issuing.phase !== 'issuing' ? (
        <KioskClosed board={board} />
      ) : (
        <>
          <h1 className="kiosk__title">{t('kiosk.title')}</h1>
          {issuing.closingSoon ? (
            <div className="kiosk__notice" data-testid="closing-notice">
              {t('kiosk.closingSoon', { time: issuing.stopsAt })}
            </div>
          ) : null}
          <div className="kiosk__services">
            {board.services.map((s) => (
              <div className="kiosk__service-row" key={s.code}>
                <button className="kiosk__button" disabled={busy} onClick={() => take(s.code, 'normal')} data-testid={`take-${s.code}`}>
                  <span className="kiosk__button-name">{s.names[locale]}</span>
                  <span className="kiosk__button-meta">{t('kiosk.waiting', { n: s.waitingNormal + s.waitingPriority })}</span>
                </button>
                <button
                  className="kiosk__button kiosk__button--priority"
                  disabled={busy}
                  onClick={() => take(s.code, 'priority')}
                  data-testid={`take-${s.code}-priority`}
                  aria-label={`${s.names[locale]} ${laneName}`}
                >
                  <span className="kiosk__button-name">{s.names[locale]}</span>
                  <span className="kiosk__button-lane">{t('kiosk.priorityFor', { lane: laneName })}</span>
                  <span className="kiosk__button-meta">{t('kiosk.priorityWho')}</span>
                </button>
              </div>
            ))}
          </div>
          <footer className="kiosk__footer">{t('kiosk.hours', { opensAt: issuing.opensAt, closesAt: issuing.closesAt })}</footer>
        </>
      )}
    </div>
  );
}

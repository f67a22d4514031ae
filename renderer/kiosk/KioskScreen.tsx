// The ticket kiosk (取号机): touch only, very large buttons and type, readable by a
// 75-year-old. One touch on a business (or its priority button) issues the ticket; the
// number is shown big while the slip prints, then the screen returns to the start.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/index.ts';
import { useHall } from '../ui/hall-context.tsx';
import { useBoard } from '../ui/use-board.ts';
import { ApiCallError } from '../client/client.ts';
import './kiosk.css';

interface Issued {
  ticketNo: string;
  serviceName: string;
  waitingAhead: number;
  priority: boolean;
}

const SHOW_TICKET_MS = 10_000;

export function KioskScreen() {
  const { t, i18n } = useTranslation('queue');
  const client = useHall();
  const board = useBoard();
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!issued && !error) return;
    const timer = setTimeout(() => {
      setIssued(null);
      setError(null);
    }, SHOW_TICKET_MS);
    return () => clearTimeout(timer);
  }, [issued, error]);
  if (!board) return <div className="kiosk kiosk--loading">{t('common:connection.connecting')}</div>;
  const locale = i18n.language as Locale;

  const take = (serviceCode: string, lane: 'normal' | 'priority') => {
    if (busy) return;
    setBusy(true);
    client
      .call('queue.issueTicket', { serviceCode, lane, priorityReason: null })
      .then((r) => setIssued({ ticketNo: r.ticket.ticketNo, serviceName: r.serviceName, waitingAhead: r.waitingAhead, priority: lane === 'priority' }))
      .catch((e: unknown) => setError(e instanceof ApiCallError ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  if (issued) {
    return (
      <div className="kiosk kiosk--ticket" data-testid="kiosk-ticket" onClick={() => setIssued(null)}>
        <div className="kiosk__label">{t('kiosk.yourNumber')}</div>
        <div className={`kiosk__number${issued.priority ? ' is-priority' : ''}`} data-testid="kiosk-number">
          {issued.ticketNo}
        </div>
        <div className="kiosk__service">{issued.serviceName}</div>
        <div className="kiosk__ahead">{t('kiosk.ahead', { n: issued.waitingAhead })}</div>
        <div className="kiosk__hint">{t('kiosk.takeSlip')}</div>
        <button className="kiosk__back">{t('kiosk.back')}</button>
      </div>
    );
  }
  const { issuing } = board;
  return (
    <div className="kiosk" data-testid="kiosk">
      <header className="kiosk__bar">
        <span>{board.branchName}</span>
        {board.greeting ? <span className="kiosk__greeting">{board.greeting}</span> : null}
      </header>
      {error ? (
        <div className="kiosk__error" role="alert">
          {t('kiosk.failed', { message: error })}
        </div>
      ) : null}
      {!issuing.open ? (
        <div className="kiosk__closed" data-testid="kiosk-closed">
          {issuing.closingSoon || board.recentCalls.length > 0 ? t('kiosk.closed') : t('kiosk.notYetOpen', { opensAt: issuing.opensAt })}
        </div>
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
                <button className="kiosk__button kiosk__button--priority" disabled={busy} onClick={() => take(s.code, 'priority')} data-testid={`take-${s.code}-priority`}>
                  <span className="kiosk__button-name">{t('kiosk.priority')}</span>
                </button>
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}

// The window's queue controls, keyboard first: F1 next, F2 recall, F3 start, F4 done,
// F6 no-show, F8 pause/resume. The hall display and the voice follow from the hall's events.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '../../../shared/api/index.ts';
import type { Locale } from '../../../shared/i18n/index.ts';
import { useHall } from '../../ui/hall-context.tsx';
import type { LiveBoard } from '../../ui/use-board.ts';
import type { Output } from '../../../shared/api/index.ts';
import type { ServedTicket } from '../customer-view.ts';
import { waitedLong } from './long-wait.ts';
import { useErrorText } from '../../ui/use-call.ts';
import { QueueActions } from './QueueActions.tsx';
import { PauseDialog } from './PauseDialog.tsx';

type Action = Extract<MethodName, 'queue.callNext' | 'queue.recall' | 'queue.start' | 'queue.finish' | 'queue.skip' | 'queue.resume'>;

type Ticket = NonNullable<Output<'queue.callNext'>['ticket']>;

export function QueuePanel({ windowNo, board, onCalled }: { windowNo: number; board: LiveBoard | null; onCalled: (ticket: ServedTicket | null) => void }) {
  const { t, i18n } = useTranslation('queue');
  const client = useHall();
  const [message, setMessage] = useState<string | null>(null);
  const say = useErrorText('staff');
  const [pausing, setPausing] = useState(false);
  const [greeting, setGreeting] = useState<ServedTicket | null>(null);
  const me = board?.windows.find((w) => w.windowNo === windowNo);
  const paused = me?.status === 'paused';
  const waiting = (board?.services ?? []).filter((s) => s.windows.includes(windowNo)).reduce((n, s) => n + s.waitingNormal + s.waitingPriority, 0);

  const served = useCallback(
    (ticket: Ticket | null) => {
      const now = Date.now() + (board?.clockOffsetMs ?? 0);
      const next = ticket ? { id: ticket.id, ticketNo: ticket.ticketNo, priority: ticket.lane === 'priority', waitedLong: waitedLong(ticket.issuedAt, now, board?.longWaitMinutes ?? null) } : null;
      setGreeting(next);
      onCalled(next);
    },
    [board, onCalled],
  );
  const run = useCallback(
    (action: Action) => {
      setMessage(null);
      client
        .call(action, {})
        .then((r) => {
          if (action === 'queue.callNext' && 'ticket' in r) {
            if (r.ticket === null) setMessage(t('panel.nobodyWaiting'));
            served(r.ticket);
          }
        })
        .catch((e: unknown) => setMessage(say(e)));
    },
    [client, t, say, served],
  );
  const [issueFor, setIssueFor] = useState('');
  const issuePriority = () => {
    const serviceCode = issueFor || board?.services[0]?.code;
    if (!serviceCode) return;
    client
      .call('queue.issueTicket', { serviceCode, lane: 'priority', priorityReason: t('panel.issuedAtWindow') })
      .then((r) => setMessage(t('panel.issued', { ticket: r.ticket.ticketNo })))
      .catch((e: unknown) => setMessage(say(e)));
  };
  useEffect(() => {
    const keys: Record<string, () => void> = {
      F1: () => run('queue.callNext'),
      F2: () => run('queue.recall'),
      F3: () => run('queue.start'),
      F4: () => run('queue.finish'),
      F6: () => run('queue.skip'),
      F8: () => (paused ? run('queue.resume') : setPausing(true)),
    };
    const onKey = (e: KeyboardEvent) => {
      const action = keys[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, paused]);

  return (
    <section className="panel queue-panel" data-testid="queue-panel">
      <h2>{t('panel.title')}</h2>
      {paused && me?.pause ? <p className="queue-panel__paused">{t('panel.pausedBanner', { reason: t(`pause.${me.pause.reason}`) })}</p> : null}
      <div className="queue-panel__current">
        <span>{t('panel.current')}</span>
        <strong data-testid="current-ticket">{me?.current?.ticketNo ?? t('panel.none')}</strong>
        <span className="queue-panel__waiting" data-testid="waiting-here">
          {t('counter:desk.waiting', { n: waiting })}
        </span>
      </div>
      {greeting && me?.current?.ticketNo === greeting.ticketNo && greeting.waitedLong ? (
        <p className="queue-panel__prompt" role="status" data-testid="long-wait">
          <strong>{t('counter:desk.longWait')}</strong> <span>{t('counter:desk.longWaitHint', { ticket: greeting.ticketNo, minutes: board?.longWaitMinutes ?? '' })}</span>
        </p>
      ) : null}
      {greeting && me?.current?.ticketNo === greeting.ticketNo && greeting.priority && board ? (
        <p className="queue-panel__prompt queue-panel__prompt--priority" data-testid="courtesy">
          <span>{t('counter:desk.courtesy')}</span> <strong>{board.courtesyLine}</strong>
        </p>
      ) : null}
      <div className="queue-panel__buttons">
        <button className="button" onClick={() => run('queue.callNext')} disabled={paused} data-testid="call-next">
          F1 {t('panel.next')}
        </button>
        <button className="button" onClick={() => run('queue.recall')} disabled={!me?.current}>
          F2 {t('panel.recall')}
        </button>
        <button className="button" onClick={() => run('queue.start')} disabled={me?.current?.status !== 'called'}>
          F3 {t('panel.start')}
        </button>
        <button className="button" onClick={() => run('queue.finish')} disabled={!me?.current}>
          F4 {t('panel.finish')}
        </button>
        <button className="button" onClick={() => run('queue.skip')} disabled={!me?.current}>
          F6 {t('panel.skip')}
        </button>
        {paused ? (
          <button className="button button--warn" onClick={() => run('queue.resume')} data-testid="resume">
            F8 {t('panel.resume')}
          </button>
        ) : (
          <button className="button button--warn" onClick={() => setPausing(true)} data-testid="pause">
            F8 {t('panel.pause')}
          </button>
        )}
      </div>
      <QueueActions windowNo={windowNo} board={board} hasCurrent={Boolean(me?.current)} onCalled={served} onMessage={setMessage} />
      {pausing ? <PauseDialog windowNo={windowNo} board={board} onClose={() => setPausing(false)} /> : null}
      <div className="queue-panel__issue">
        <select value={issueFor} onChange={(e) => setIssueFor(e.target.value)} aria-label={t('panel.issuePriority')}>
          {board?.services.map((s) => (
            <option key={s.code} value={s.code}>
              {s.code} {s.names[i18n.language as Locale]}
            </option>
          ))}
        </select>
        <button className="button button--quiet" onClick={issuePriority} data-testid="issue-priority">
          {t('panel.issuePriority')}
        </button>
      </div>
      {message ? (
        <p className="queue-panel__message" role="status">
          {message}
        </p>
      ) : null}
      <p className="queue-panel__keys">{t('panel.keys')}</p>
    </section>
  );
}

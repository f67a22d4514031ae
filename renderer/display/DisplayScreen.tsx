// The hall display (叫号屏): full screen on a TV, read from across the hall. Windows with their
// current number or 暂停营业, the last calls, people waiting per business, a marquee of notices;
// every call is highlighted and announced (chime + voice), one at a time.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../shared/api/queue.api.ts';
import type { CallAnnouncement } from '../../shared/announcement.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import { useHall, useConnection } from '../ui/hall-context.tsx';
import { useBoard, clockTime } from '../ui/use-board.ts';
import { ConnectionBadge } from '../ui/ConnectionBadge.tsx';
import { Announcer } from './voice/announcer.ts';
import { createSpeaker } from './voice/speech.ts';
import './display.css';

function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function useAnnouncer(): { current: CallAnnouncement | null; muted: boolean; toggleMute: () => void } {
  const client = useHall();
  const [current, setCurrent] = useState<CallAnnouncement | null>(null);
  const [muted, setMuted] = useState(() => new URLSearchParams(window.location.search).get('muted') === '1');
  const announcer = useRef<Announcer | null>(null);
  useEffect(() => {
    let speak: ((call: CallAnnouncement) => Promise<void>) | null = null;
    void createSpeaker().then((s) => (speak = s.speak));
    announcer.current = new Announcer((call) => (speak ? speak(call) : new Promise((r) => setTimeout(r, 2500))), setCurrent);
    return client.on('queue.ticketCalled', (call) => announcer.current?.announce({ ticketNo: call.ticketNo, windowNo: call.windowNo, priority: call.lane === 'priority', courtesyLine: call.courtesyLine }));
  }, [client]);
  useEffect(() => announcer.current?.setMuted(muted), [muted]);
  return { current, muted, toggleMute: () => setMuted((m) => !m) };
}

function WindowCard({ w, board, highlight }: { w: Board['windows'][number]; board: Board; highlight: boolean }) {
  const { t, i18n } = useTranslation('queue');
  const service = board.services.find((s) => s.code === w.current?.serviceCode);
  if (w.status === 'paused' && w.pause) {
    return (
      <div className="hall-window hall-window--paused" data-testid={`window-${w.windowNo}`}>
        <div className="hall-window__no">{t('display.window', { n: w.windowNo })}</div>
        <div className="hall-window__paused">{t('display.paused')}</div>
        <div className="hall-window__reason">{w.pause.note ?? t(`pause.${w.pause.reason}`)}</div>
        {w.pause.redirectWindow ? <div className="hall-window__hint">{t('display.goTo', { n: w.pause.redirectWindow })}</div> : null}
        {w.pause.expectedBack ? <div className="hall-window__hint">{t('display.backAt', { time: clockTime(w.pause.expectedBack, board.timeZone) })}</div> : null}
      </div>
    );
  }
  return (
    <div className={`hall-window${highlight ? ' hall-window--calling' : ''}${w.current?.lane === 'priority' ? ' hall-window--priority' : ''}`} data-testid={`window-${w.windowNo}`}>
      <div className="hall-window__no">{t('display.window', { n: w.windowNo })}</div>
      <div className="hall-window__ticket">{w.current?.ticketNo ?? '—'}</div>
      <div className="hall-window__service">{service ? service.names[i18n.language as Locale] : w.current ? '' : t('display.idle')}</div>
    </div>
  );
}

export function DisplayScreen() {
  const { t, i18n } = useTranslation('queue');
  const board = useBoard();
  const status = useConnection();
  const now = useClock();
  const { current, muted, toggleMute } = useAnnouncer();
  const marquee = useMemo(() => (board ? [...(board.issuing.closingSoon ? [t('display.closingSoon', { time: board.issuing.stopsAt })] : []), ...board.notices] : []), [board, t]);
  if (!board) return <div className="hall hall--loading">{t('common:connection.connecting')}</div>;
  const locale = i18n.language as Locale;
  return (
    <div className="hall" data-testid="hall-display">
      <header className="hall__bar">
        <div className="hall__branch">{board.branchName}</div>
        {board.greeting ? <div className="hall__greeting">{board.greeting}</div> : null}
        <div className="hall__clock">{clockTime(new Date(now.getTime() + board.clockOffsetMs).toISOString(), board.timeZone)}</div>
        <button className="hall__mute" onClick={toggleMute} aria-pressed={muted}>
          {muted ? t('display.unmute') : t('display.mute')}
        </button>
        {status !== 'online' ? <ConnectionBadge /> : null}
      </header>
      {current ? (
        <div className={`hall__call${current.priority ? ' hall__call--priority' : ''}`} data-testid="current-call" role="status">
          {t('display.callTo', { ticket: current.ticketNo, n: current.windowNo })}
          {current.priority && current.courtesyLine ? <div className="hall__courtesy">{current.courtesyLine}</div> : null}
        </div>
      ) : null}
      <main className="hall__main">
        <section className="hall__windows">
          {board.windows.map((w) => (
            <WindowCard key={w.windowNo} w={w} board={board} highlight={current?.windowNo === w.windowNo && current.ticketNo === w.current?.ticketNo} />
          ))}
        </section>
        <aside className="hall__side">
          <h2>{t('display.recent')}</h2>
          <ol className="hall__recent" data-testid="recent-calls">
            {board.recentCalls.slice(0, 6).map((c) => (
              <li key={`${c.ticketNo}-${c.at}`} className={c.lane === 'priority' ? 'is-priority' : ''}>
                <span className="hall__recent-ticket">{c.ticketNo}</span>
                <span>{t('display.window', { n: c.windowNo })}</span>
              </li>
            ))}
          </ol>
          <h2>{t('display.waiting')}</h2>
          <ul className="hall__waiting" data-testid="waiting">
            {board.services.map((s) => (
              <li key={s.code}>
                <span>
                  {s.code} {s.names[locale]}
                </span>
                <strong>{s.waitingNormal + s.waitingPriority}</strong>
                {s.waitingPriority > 0 ? <em>{t('display.priority')} {s.waitingPriority}</em> : null}
              </li>
            ))}
          </ul>
        </aside>
      </main>
      <footer className="hall__marquee" aria-live="off">
        <div className="hall__marquee-track">
          {[...marquee, ...marquee].map((n, i) => (
            <span key={i}>{n}</span>
          ))}
        </div>
      </footer>
    </div>
  );
}

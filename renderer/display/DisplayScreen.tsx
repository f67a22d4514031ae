// The hall display (叫号屏): full screen on a TV, read from across the hall. Windows with their
// current number or 暂停营业, the last calls, people waiting per business, a marquee of notices.
// The banner shows the present call from the board (so it clears when the window pauses or
// moves on, muted or not); the voice announces calls within seconds (voice/announcer.ts).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/i18n/index.ts';
import { formatHallTime } from '../../shared/hall-time.ts';
import { useConnection } from '../ui/hall-context.tsx';
import { useBoard } from '../ui/use-board.ts';
import { useHallNow } from '../ui/hall-clock.ts';
import { ConnectionBadge } from '../ui/ConnectionBadge.tsx';
import { useAnnouncer } from './use-announcer.ts';
import { presentCall } from './present-call.ts';
import { WindowCard } from './WindowCard.tsx';
import { AfterHours } from './AfterHours.tsx';
import './display.css';

export function DisplayScreen() {
  const { t, i18n } = useTranslation('queue');
  const board = useBoard();
  const status = useConnection();
  const now = useHallNow(board?.clockOffsetMs ?? 0);
  const { speaking, mode, muted, toggleMute } = useAnnouncer();
  const call = useMemo(() => (board ? presentCall(board) : null), [board]);
  const marquee = useMemo(() => (board ? [...(board.issuing.closingSoon ? [t('display.closingSoon', { time: board.issuing.stopsAt })] : []), ...board.notices] : []), [board, t]);
  if (!board) return <div className="hall hall--loading">{t('common:connection.connecting')}</div>;
  const locale = i18n.language as Locale;
  const afterHours = board.issuing.phase === 'closed' || (board.issuing.phase === 'beforeOpening' && board.recentCalls.length === 0 && board.windows.every((w) => !w.current));
  return (
    <div className="hall" data-testid="hall-display" data-voice-mode={mode ?? 'loading'} data-speaking={speaking ? `${speaking.ticketNo}@${speaking.windowNo}` : ''}>
      <header className="hall__bar">
        <div className="hall__branch">{board.branchName}</div>
        {board.greeting ? <div className="hall__greeting">{board.greeting}</div> : null}
        <div className="hall__clock" data-testid="hall-clock">
          {formatHallTime(now, board.timeZone, 'time', locale)}
        </div>
        {muted ? <div className="hall__voice-off">{t('display.voiceOff')}</div> : null}
        <button className="hall__mute" onClick={toggleMute} aria-pressed={muted} data-testid="mute">
          {muted ? t('display.unmute') : t('display.mute')}
        </button>
        {status !== 'online' ? <ConnectionBadge /> : null}
      </header>
      {afterHours ? (
        <AfterHours board={board} />
      ) : (
        <>
          {call ? (
            <div className={`hall__call${call.priority ? ' hall__call--priority' : ''}`} data-testid="current-call" role="status" key={`${call.ticketNo}-${call.at}`}>
              {t('display.callTo', { ticket: call.ticketNo, n: call.windowNo })}
              {call.priority && call.courtesyLine ? <div className="hall__courtesy">{call.courtesyLine}</div> : null}
            </div>
          ) : null}
          <main className="hall__main">
            <section className="hall__windows">
              {board.windows.map((w) => (
                <WindowCard key={w.windowNo} w={w} board={board} highlight={(call?.windowNo === w.windowNo && call.ticketNo === w.current?.ticketNo) || speaking?.windowNo === w.windowNo} />
              ))}
            </section>
            <aside className="hall__side">
              <h2>{t('display.recent')}</h2>
              {board.recentCalls.length === 0 ? (
                <p className="hall__placeholder" data-testid="no-calls">
                  {t('display.noCalls')}
                </p>
              ) : (
                <ol className="hall__recent" data-testid="recent-calls">
                  {board.recentCalls.slice(0, 6).map((c) => (
                    <li key={`${c.ticketNo}-${c.at}`} className={c.lane === 'priority' ? 'is-priority' : ''}>
                      <span className="hall__recent-ticket">{c.ticketNo}</span>
                      <span>{t('display.window', { n: c.windowNo })}</span>
                    </li>
                  ))}
                </ol>
              )}
              <h2>{t('display.waiting')}</h2>
              <ul className="hall__waiting" data-testid="waiting">
                {board.services.map((s) => (
                  <li key={s.code}>
                    <span>
                      {s.code} {s.names[locale]}
                    </span>
                    <strong>{s.waitingNormal + s.waitingPriority}</strong>
                    {s.waitingPriority > 0 ? (
                      <em>
                        {board.priorityLaneNames[locale]} {s.waitingPriority}
                      </em>
                    ) : null}
                  </li>
                ))}
              </ul>
            </aside>
          </main>
        </>
      )}
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

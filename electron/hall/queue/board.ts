// The hall display's whole picture, computed from the tables: it is pushed after every queue
// change and fetched on (re)connect, so a display that missed events is right again at once.
import type { Db } from '../db/open.ts';
import type { HallConfig } from '../config.ts';
import type { Board, HallPhase, QueueConfig, PAUSE_REASONS } from '../../../shared/api/queue.api.ts';

type PauseReason = (typeof PAUSE_REASONS)[number];
import { localDateTimeOf } from '../../../shared/seasons.ts';
import { readQueueConfig, readServices, minutesOf, formatMinutes } from './queue-config.ts';

export interface LocalNow {
  date: string;
  minutes: number;
}

export function localNow(now: Date, timeZone: string): LocalNow {
  const text = localDateTimeOf(now, timeZone);
  return { date: text.slice(0, 10), minutes: Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16)) };
}

/** `stillServing`: someone holds a ticket (waiting or at a window), so the hall is not closed yet. */
export function issuingState(config: QueueConfig, minutes: number, stillServing = false): Board['issuing'] {
  const opens = minutesOf(config.opensAt);
  const closes = minutesOf(config.closesAt);
  const stops = closes - config.cutoffMinutes;
  const open = minutes >= opens && minutes < stops;
  const phase: HallPhase = minutes < opens ? 'beforeOpening' : open ? 'issuing' : minutes < closes || stillServing ? 'stopped' : 'closed';
  return {
    open,
    closingSoon: minutes >= stops - config.closingNoticeMinutes && minutes < closes,
    opensAt: config.opensAt,
    stopsAt: formatMinutes(stops),
    closesAt: config.closesAt,
    phase,
  };
}

export function buildBoard(db: Db, hall: HallConfig, now: Date): Board {
  const config = readQueueConfig(db);
  const { date, minutes } = localNow(now, hall.timeZone);
  const services = readServices(db);
  const counts = db
    .prepare("SELECT service_code, lane, COUNT(*) AS n FROM tickets WHERE business_date = ? AND status = 'waiting' GROUP BY service_code, lane")
    .all(date) as Array<{ service_code: string; lane: string; n: number }>;
  const count = (code: string, lane: string) => counts.find((c) => c.service_code === code && c.lane === lane)?.n ?? 0;
  const windows = db
    .prepare(
      `SELECT w.window_no, COALESCE(s.status, 'open') AS status, s.pause_reason, s.pause_note, s.redirect_window, s.expected_back,
              t.ticket_no, t.service_code, t.lane, t.status AS ticket_status
       FROM counter_windows w LEFT JOIN window_states s ON s.window_no = w.window_no
       LEFT JOIN tickets t ON t.id = s.current_ticket_id AND t.status IN ('called', 'serving')
       WHERE w.active = 1 ORDER BY w.window_no`,
    )
    .all() as Array<{
    window_no: number;
    status: 'open' | 'paused';
    pause_reason: PauseReason | null;
    pause_note: string | null;
    redirect_window: number | null;
    expected_back: string | null;
    ticket_no: string | null;
    service_code: string | null;
    lane: 'normal' | 'priority' | null;
    ticket_status: 'called' | 'serving' | null;
  }>;
  const recent = db
    .prepare(
      `SELECT t.ticket_no, e.window_no, e.at, t.lane FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       WHERE t.business_date = ? AND e.action IN ('called', 'recalled', 'calledOutOfOrder') ORDER BY e.id DESC LIMIT 8`,
    )
    .all(date) as Array<{ ticket_no: string; window_no: number; at: string; lane: 'normal' | 'priority' }>;
  const monthDay = date.slice(5);
  const stillServing = counts.length > 0 || windows.some((w) => w.ticket_no !== null);
  return {
    businessDate: date,
    now: now.toISOString(),
    branchName: hall.branchName,
    hotline: hall.hotline,
    timeZone: hall.timeZone,
    services: services.map((s) => ({ ...s, waitingNormal: count(s.code, 'normal'), waitingPriority: count(s.code, 'priority') })),
    windows: windows.map((w) => ({
      windowNo: w.window_no,
      status: w.status,
      current: w.ticket_no && w.service_code && w.lane && w.ticket_status ? { ticketNo: w.ticket_no, serviceCode: w.service_code, lane: w.lane, status: w.ticket_status } : null,
      pause: w.status === 'paused' && w.pause_reason ? { reason: w.pause_reason, note: w.pause_note, redirectWindow: w.redirect_window, expectedBack: w.expected_back } : null,
    })),
    recentCalls: recent.map((r) => ({ ticketNo: r.ticket_no, windowNo: r.window_no, at: r.at, lane: r.lane })),
    issuing: issuingState(config, minutes, stillServing),
    priorityLaneNames: config.priorityLaneNames,
    notices: config.notices,
    greeting: config.greetings.find((g) => g.date === monthDay)?.text ?? null,
    courtesyLine: config.courtesyLine,
    longWaitMinutes: config.longWaitMinutes,
  };
}

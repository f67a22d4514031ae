// The queue's tables behind a small typed interface, prepared once per hall. The queue owns
// the branch's counter windows too (counter_windows): who may sign in at window N asks here.
import type { Db } from '../db/open.ts';

export interface TicketRow {
  id: number;
  business_date: string;
  ticket_no: string;
  service_code: string;
  lane: 'normal' | 'priority';
  issued_at: string;
  placed_at: string;
  issued_by: string;
  priority_reason: string | null;
  status: 'waiting' | 'called' | 'serving' | 'done' | 'skipped';
  window_no: number | null;
  only_window: number | null;
  call_count: number;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  skipped_at: string | null;
}

export interface WindowState {
  window_no: number;
  status: 'open' | 'paused';
  current_ticket_id: number | null;
  pause_reason: string | null;
  pause_note: string | null;
  redirect_window: number | null;
  expected_back: string | null;
  priority_streak: number;
}

/** The hot statements of the queue, exported so the query-plan tests explain exactly these. */
export const QUEUE_HOT_SQL = {
  /** call next: who waits today, in the order they were placed */
  waiting: "SELECT * FROM tickets WHERE business_date = ? AND status = 'waiting' ORDER BY placed_at, id",
  /** numbering: how many tickets of a letter today */
  countWithLetter: 'SELECT COUNT(*) FROM tickets WHERE business_date = ? AND substr(ticket_no, 1, 1) = ?',
  byNo: 'SELECT * FROM tickets WHERE business_date = ? AND ticket_no = ?',
  /** a kiosk's rate limit, on every tap: the tickets one terminal issued after an instant */
  issuedSince: 'SELECT COUNT(*) FROM tickets WHERE issued_by = ? AND issued_at > ?',
} as const;

/** Whether window N is one of the branch's active counter windows. */
export function windowExists(db: Db, windowNo: number): boolean {
  return db.prepare('SELECT 1 FROM counter_windows WHERE window_no = ? AND active = 1').get(windowNo) !== undefined;
}

/** Window N's pause as the hall display shows it, or null when it serves (or never paused). */
export function windowPause(db: Db, windowNo: number): { reason: string; note: string | null; redirectWindow: number | null; expectedBack: string | null } | null {
  const row = db.prepare('SELECT status, pause_reason, pause_note, redirect_window, expected_back FROM window_states WHERE window_no = ?').get(windowNo) as
    | Pick<WindowState, 'status' | 'pause_reason' | 'pause_note' | 'redirect_window' | 'expected_back'>
    | undefined;
  if (!row || row.status !== 'paused') return null;
  return { reason: row.pause_reason ?? 'other', note: row.pause_note, redirectWindow: row.redirect_window, expectedBack: row.expected_back };
}

export function queueStore(db: Db) {
  const byId = db.prepare('SELECT * FROM tickets WHERE id = ?');
  const byNo = db.prepare(QUEUE_HOT_SQL.byNo);
  const lastNo = db.prepare(QUEUE_HOT_SQL.countWithLetter).pluck();
  const waiting = db.prepare(QUEUE_HOT_SQL.waiting);
  const issuedSince = db.prepare(QUEUE_HOT_SQL.issuedSince).pluck();
  const insert = db.prepare(
    "INSERT INTO tickets (business_date, ticket_no, service_code, lane, issued_at, placed_at, issued_by, priority_reason, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'waiting')",
  );
  const event = db.prepare('INSERT INTO ticket_events (ticket_id, at, action, window_no, operator_id, details) VALUES (?, ?, ?, ?, ?, ?)');
  const windowState = db.prepare('SELECT * FROM window_states WHERE window_no = ?');
  const ensureWindow = db.prepare("INSERT OR IGNORE INTO window_states (window_no, status, updated_at) VALUES (?, 'open', ?)");
  return {
    windowExists: (windowNo: number) => windowExists(db, windowNo),
    byId: (id: number) => byId.get(id) as TicketRow | undefined,
    byNo: (date: string, no: string) => byNo.get(date, no) as TicketRow | undefined,
    countWithLetter: (date: string, letter: string) => lastNo.get(date, letter) as number,
    waiting: (date: string) => waiting.all(date) as TicketRow[],
    /** Tickets issued by this terminal strictly after `since`. */
    issuedSince: (terminalId: string, since: Date) => issuedSince.get(terminalId, since.toISOString()) as number,
    insert(t: { date: string; ticketNo: string; serviceCode: string; lane: string; at: string; issuedBy: string; reason: string | null }): number {
      return Number(insert.run(t.date, t.ticketNo, t.serviceCode, t.lane, t.at, t.at, t.issuedBy, t.reason).lastInsertRowid);
    },
    update(id: number, fields: Partial<Omit<TicketRow, 'id'>>): void {
      const keys = Object.keys(fields);
      if (keys.length === 0) return;
      db.prepare(`UPDATE tickets SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...fields, id });
    },
    event(ticketId: number, at: Date, action: string, windowNo: number | null, operatorId: number | null, details: Record<string, unknown> = {}): void {
      event.run(ticketId, at.toISOString(), action, windowNo, operatorId, JSON.stringify(details));
    },
    window(windowNo: number, at: Date): WindowState {
      ensureWindow.run(windowNo, at.toISOString());
      return windowState.get(windowNo) as WindowState;
    },
    updateWindow(windowNo: number, fields: Partial<Omit<WindowState, 'window_no'>>, at: Date): void {
      const keys = Object.keys(fields);
      db.prepare(`UPDATE window_states SET ${[...keys.map((k) => `${k} = @${k}`), 'updated_at = @updated_at'].join(', ')} WHERE window_no = @window_no`).run({ ...fields, updated_at: at.toISOString(), window_no: windowNo });
    },
  };
}
export type QueueStore = ReturnType<typeof queueStore>;

/**
 * Counter windows 1…count (first-run setup); existing ones are kept as they are. A new window has
 * no label of its own: every screen says "window N" by its number, in the screen's language.
 */
export function openCounterWindows(db: Db, count: number): void {
  const add = db.prepare('INSERT OR IGNORE INTO counter_windows (window_no, label) VALUES (?, ?)');
  for (let n = 1; n <= count; n++) add.run(n, '');
}

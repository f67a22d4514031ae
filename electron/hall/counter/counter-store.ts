// The counter's tables: each window's presented customer view, the customers' ratings and
// the rating setting (settings['rating']). No other module reads or writes them.
import type { Db } from '../db/open.ts';
import { customerViewSchema, ratingConfigSchema, type CustomerView, type RatingConfig, type RatingPoint, type RatingScore } from '../../../shared/api/counter.api.ts';

const RATING_KEY = 'rating';
export const DEFAULT_RATING_CONFIG: RatingConfig = { points: ['overall'] };

export interface PresentedView {
  view: CustomerView;
  presentedBy: number | null;
}

export interface NewRating {
  receiptNo: string;
  ticketId: number | null;
  operatorId: number | null;
  windowNo: number;
  businessDate: string;
  ratedAt: string;
  terminalId: string;
  scores: ReadonlyArray<{ point: RatingPoint; score: RatingScore }>;
}

export interface ScoreRow {
  window_no: number;
  operator_id: number | null;
  point: RatingPoint;
  score: RatingScore;
  n: number;
}

export function counterStore(db: Db) {
  const viewOf = db.prepare('SELECT view_json, presented_by FROM counter_views WHERE window_no = ?');
  const upsertView = db.prepare(
    'INSERT INTO counter_views (window_no, view_json, presented_by, presented_at) VALUES (?, ?, ?, ?) ON CONFLICT(window_no) DO UPDATE SET view_json = excluded.view_json, presented_by = excluded.presented_by, presented_at = excluded.presented_at',
  );
  const ratedReceipt = db.prepare('SELECT 1 FROM counter_ratings WHERE receipt_no = ?');
  const insertRating = db.prepare(
    'INSERT INTO counter_ratings (receipt_no, ticket_id, operator_id, window_no, business_date, rated_at, terminal_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertScore = db.prepare('INSERT INTO counter_rating_scores (rating_id, point, score) VALUES (?, ?, ?)');
  const ratedOn = db.prepare('SELECT COUNT(*) FROM counter_ratings WHERE business_date = ?').pluck();
  const ratedByWindow = db.prepare('SELECT window_no, COUNT(*) AS n FROM counter_ratings WHERE business_date = ? GROUP BY window_no');
  const ratedByCashier = db.prepare('SELECT operator_id, COUNT(*) AS n FROM counter_ratings WHERE business_date = ? GROUP BY operator_id');
  const scoresOn = db.prepare(
    `SELECT r.window_no, r.operator_id, s.point, s.score, COUNT(*) AS n
       FROM counter_ratings r JOIN counter_rating_scores s ON s.rating_id = r.id
      WHERE r.business_date = ? GROUP BY r.window_no, r.operator_id, s.point, s.score`,
  );
  const setting = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const writeSetting = db.prepare(
    'INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  );
  return {
    view(windowNo: number): PresentedView | null {
      const row = viewOf.get(windowNo) as { view_json: string; presented_by: number | null } | undefined;
      if (!row) return null;
      // a stored view was validated when presented; one from an older contract falls back to idle
      const parsed = customerViewSchema.safeParse(JSON.parse(row.view_json));
      return { view: parsed.success ? parsed.data : { phase: 'idle' }, presentedBy: row.presented_by };
    },
    present(windowNo: number, view: CustomerView, operatorId: number | null, at: Date): void {
      upsertView.run(windowNo, JSON.stringify(view), operatorId, at.toISOString());
    },
    isRated: (receiptNo: string) => ratedReceipt.get(receiptNo) !== undefined,
    rate(r: NewRating): void {
      const id = insertRating.run(r.receiptNo, r.ticketId, r.operatorId, r.windowNo, r.businessDate, r.ratedAt, r.terminalId).lastInsertRowid;
      for (const s of r.scores) insertScore.run(id, s.point, s.score);
    },
    ratedOn: (date: string) => ratedOn.get(date) as number,
    ratedByWindow: (date: string) => ratedByWindow.all(date) as Array<{ window_no: number; n: number }>,
    ratedByCashier: (date: string) => ratedByCashier.all(date) as Array<{ operator_id: number | null; n: number }>,
    scoresOn: (date: string) => scoresOn.all(date) as ScoreRow[],
    ratingConfig(): RatingConfig {
      const raw = setting.get(RATING_KEY) as string | undefined;
      const parsed = ratingConfigSchema.safeParse(raw === undefined ? undefined : JSON.parse(raw));
      return parsed.success ? parsed.data : DEFAULT_RATING_CONFIG;
    },
    writeRatingConfig(config: RatingConfig, at: Date, operatorId: number | null): void {
      writeSetting.run(RATING_KEY, JSON.stringify(config), at.toISOString(), operatorId);
    },
  };
}
export type CounterStore = ReturnType<typeof counterStore>;

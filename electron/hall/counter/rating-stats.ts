// Ratings of a business day, counted per point, per window and per cashier: the manager's
// statistics and the day close read the same figures (ratingStatsFor is on the door).
import { RATING_POINTS, type RatingPoint, type RatingStats } from '../../../shared/api/counter.api.ts';
import type { Db } from '../db/open.ts';
import { findOperator } from '../auth/index.ts';
import { counterStore, type ScoreRow } from './counter-store.ts';

type PointCounts = RatingStats['byPoint'][number];

function countPoints(rows: ScoreRow[]): PointCounts[] {
  const byPoint = new Map<RatingPoint, PointCounts>();
  for (const r of rows) {
    const counts = byPoint.get(r.point) ?? { point: r.point, satisfied: 0, fair: 0, unsatisfied: 0 };
    counts[r.score] += r.n;
    byPoint.set(r.point, counts);
  }
  return RATING_POINTS.flatMap((p) => (byPoint.has(p) ? [byPoint.get(p)!] : []));
}

export function ratingStatsFor(db: Db, date: string): RatingStats {
  const store = counterStore(db);
  const scores = store.scoresOn(date);
  return {
    date,
    rated: store.ratedOn(date),
    byPoint: countPoints(scores),
    byWindow: store
      .ratedByWindow(date)
      .sort((a, b) => a.window_no - b.window_no)
      .map((w) => ({ windowNo: w.window_no, rated: w.n, points: countPoints(scores.filter((s) => s.window_no === w.window_no)) })),
    byCashier: store.ratedByCashier(date).map((c) => {
      const operator = c.operator_id === null ? null : findOperator(db, c.operator_id);
      return { operatorId: c.operator_id, code: operator?.code ?? null, name: operator?.name ?? null, rated: c.n, points: countPoints(scores.filter((s) => s.operator_id === c.operator_id)) };
    }),
  };
}

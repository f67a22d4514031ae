// The day's charts as ECharts options, from what the hall reports: pure, so what the manager
// sees is tested without a browser, and the same options draw the manager screen's live charts
// (in the browser) and the day report's PDF (rendered to SVG in the hall). Hours are the hall's
// (its time zone), amounts integer fen until the axis shows them as yuan.
import type { TFunction } from 'i18next';
import type { DayPayment } from './api/ledger.api.ts';
import type { RatingStats } from './api/counter.api.ts';
import { RATING_SCORES } from './api/counter.api.ts';
import { hallHour } from './hall-time.ts';
import { formatYuan } from './money.ts';

export interface HourCount {
  hour: number;
  count: number;
  amountFen: number;
}

/** Payments (reversals subtract) per hall hour, every hour from the first to the last shown. */
export function paymentsByHour(entries: readonly DayPayment[], timeZone: string): HourCount[] {
  if (entries.length === 0) return [];
  const hours = entries.map((e) => hallHour(e.at, timeZone));
  const first = Math.min(...hours);
  const last = Math.max(...hours);
  const out = Array.from({ length: last - first + 1 }, (_, i) => ({ hour: first + i, count: 0, amountFen: 0 }));
  entries.forEach((e, i) => {
    const slot = out[hours[i]! - first]!;
    if (e.kind === 'payment') slot.count += 1;
    slot.amountFen += e.amountFen;
  });
  return out;
}

/** The report's hours (only those with entries) as every hour from the first to the last. */
export function everyHour(byHour: readonly HourCount[]): HourCount[] {
  if (byHour.length === 0) return [];
  const first = byHour[0]!.hour;
  const out = Array.from({ length: byHour.at(-1)!.hour - first + 1 }, (_, i) => ({ hour: first + i, count: 0, amountFen: 0 }));
  for (const h of byHour) out[h.hour - first] = { hour: h.hour, count: h.count, amountFen: h.amountFen };
  return out;
}

/** The hours of a 24-slot count from the first to the last that is not zero. */
export function busyHours(counts: readonly number[]): Array<{ hour: number; waiting: number }> {
  const first = counts.findIndex((n) => n > 0);
  if (first < 0) return [];
  const last = counts.length - 1 - [...counts].reverse().findIndex((n) => n > 0);
  return counts.slice(first, last + 1).map((waiting, i) => ({ hour: first + i, waiting }));
}

const GRID = { left: 56, right: 56, top: 44, bottom: 28 };
const LEGEND = { top: 4, right: 8 };
const BAR = { type: 'bar', barMaxWidth: 48 } as const;
const hourLabels = (t: TFunction, hours: readonly number[]) => hours.map((h) => t('today:hour', { h }));

export function paymentsOption(t: TFunction, slots: readonly HourCount[]) {
  return {
    animation: false,
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { ...LEGEND, data: [t('today:charts.paymentsCount'), t('today:charts.paymentsAmount')] },
    xAxis: { type: 'category', data: hourLabels(t, slots.map((s) => s.hour)) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', axisLabel: { formatter: (yuan: number) => formatYuan(Math.round(yuan * 100), { grouping: true }) } },
    ],
    series: [
      { name: t('today:charts.paymentsCount'), ...BAR, data: slots.map((s) => s.count) },
      { name: t('today:charts.paymentsAmount'), type: 'line', yAxisIndex: 1, data: slots.map((s) => s.amountFen / 100) },
    ],
  };
}

/** Tickets issued (bars, when known) and customers waiting (line) per hour. */
export function waitingOption(t: TFunction, byHour: ReadonlyArray<{ hour: number; issued?: number; waiting: number }>) {
  const issued = byHour.every((h) => h.issued !== undefined);
  const waiting = { name: t('today:charts.waitingNow'), type: 'line', data: byHour.map((h) => h.waiting) };
  return {
    animation: false,
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { ...LEGEND, data: issued ? [t('today:charts.issued'), t('today:charts.waitingNow')] : [t('today:charts.waitingNow')] },
    xAxis: { type: 'category', data: hourLabels(t, byHour.map((h) => h.hour)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: issued ? [{ name: t('today:charts.issued'), ...BAR, data: byHour.map((h) => h.issued ?? 0) }, waiting] : [waiting],
  };
}

export function servedOption(t: TFunction, byWindow: ReadonlyArray<{ windowNo: number; served: number; noShows: number }>) {
  return {
    animation: false,
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { ...LEGEND, data: [t('today:charts.servedCount'), t('today:charts.noShows')] },
    xAxis: { type: 'category', data: byWindow.map((w) => t('today:window', { n: w.windowNo })) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('today:charts.servedCount'), ...BAR, stack: 'all', data: byWindow.map((w) => w.served) },
      { name: t('today:charts.noShows'), ...BAR, stack: 'all', data: byWindow.map((w) => w.noShows) },
    ],
  };
}

/** One bar per rated point, split by score. */
export function ratingsOption(t: TFunction, stats: RatingStats) {
  const points = stats.byPoint.filter((p) => p.satisfied + p.fair + p.unsatisfied > 0);
  return {
    animation: false,
    grid: { ...GRID, left: 88 },
    tooltip: { trigger: 'axis' },
    legend: { ...LEGEND, data: RATING_SCORES.map((s) => t(`today:scores.${s}`)) },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: points.map((p) => t(`today:points.${p.point}`)) },
    series: RATING_SCORES.map((score) => ({ name: t(`today:scores.${score}`), ...BAR, stack: 'all', data: points.map((p) => p[score]) })),
  };
}

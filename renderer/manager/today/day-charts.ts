// The day's charts as ECharts options, from what the hall reports: pure, so what the manager
// sees is tested without a browser. Hours are the hall's (its time zone), amounts integer fen
// until the axis shows them as yuan.
import type { TFunction } from 'i18next';
import type { DayPayment } from '../../../shared/api/ledger.api.ts';
import type { RatingStats } from '../../../shared/api/counter.api.ts';
import { RATING_SCORES } from '../../../shared/api/counter.api.ts';
import { hallHour } from '../../../shared/hall-time.ts';
import { formatYuan } from '../../../shared/money.ts';

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

export function waitingOption(t: TFunction, byHour: ReadonlyArray<{ hour: number; issued: number; waiting: number }>) {
  return {
    animation: false,
    grid: GRID,
    tooltip: { trigger: 'axis' },
    legend: { ...LEGEND, data: [t('today:charts.issued'), t('today:charts.waitingNow')] },
    xAxis: { type: 'category', data: hourLabels(t, byHour.map((h) => h.hour)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('today:charts.issued'), ...BAR, data: byHour.map((h) => h.issued) },
      { name: t('today:charts.waitingNow'), type: 'line', data: byHour.map((h) => h.waiting) },
    ],
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

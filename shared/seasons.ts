// A heating season runs across the new year (e.g. 2026-11-15 … 2027-03-15) and is named
// by its two years, '2026-2027'. Bills, arrears and price tables are all keyed by season.
import { z } from 'zod';

export const seasonSchema = z.string().regex(/^\d{4}-\d{4}$/, 'season must look like 2026-2027').refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'a season spans two consecutive years');
export type Season = z.infer<typeof seasonSchema>;

export const isoDateSchema = z.iso.date();

/** The season a branch-local date belongs to: from July on it is this year's season, before July last year's. */
export function seasonOf(localDate: string): Season {
  const year = Number(localDate.slice(0, 4));
  const month = Number(localDate.slice(5, 7));
  const start = month >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function seasonStartYear(season: Season): number {
  return Number(season.slice(0, 4));
}

export function previousSeason(season: Season, back = 1): Season {
  const start = seasonStartYear(season) - back;
  return `${start}-${start + 1}`;
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** The collection deadline of a season's fee when the books do not say otherwise: 30 November of its first year. */
export function seasonDueDate(season: Season): string {
  return `${seasonStartYear(season)}-11-30`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** The branch-local calendar date (YYYY-MM-DD) of an instant: business days and due dates are local. */
export function localDateOf(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
/** "2026-11-23 09:00:05" in the branch's time zone, as receipts and reports print it. */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    dateTimeFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

// Times as the hall reads them: in the branch's configured time zone, whatever zone the
// screen's computer (a smart TV, a borrowed laptop) believes it is in. Every screen formats
// times through here with the zone the hall sends (board.timeZone, health.timeZone).
import type { Locale } from './i18n/index.ts';

export type HallTimeStyle = 'time' | 'timeWithSeconds' | 'date' | 'dateTime';

const OPTIONS: Record<HallTimeStyle, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  timeWithSeconds: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  dateTime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** "10:05" (or a date, or both) of an instant, in the hall's zone and the screen's language. */
export function formatHallTime(instant: string | number | Date, timeZone: string, style: HallTimeStyle = 'time', locale: Locale = 'zh-CN'): string {
  const key = `${locale}|${timeZone}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone });
    formats.set(key, format);
  }
  return format.format(typeof instant === 'string' ? new Date(instant) : instant);
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();

/** The hour (0–23) of an instant on the hall's clock face: the day's charts count by it. */
export function hallHour(instant: string | number | Date, timeZone: string): number {
  let format = hourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormats.set(timeZone, format);
  }
  return Number(format.format(typeof instant === 'string' ? new Date(instant) : instant));
}

/**
 * The instant a wall-clock time names in the hall's zone ("2026-11-24", "09:00", Asia/Shanghai →
 * 2026-11-24T01:00:00.000Z), whatever zone the screen's computer is in: a time a cashier types
 * for a customer's call-back is the hall's time.
 */
export function instantInHallZone(date: string, time: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(new Date(instant))
        .map((p) => [p.type, p.value]),
    );
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - instant;
  };
  // twice: the zone's offset at the first guess may differ from the offset at the answer (a DST change)
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant).toISOString();
}

// The hour (0–23) of an instant on the branch's clock, for "by hour" figures.
const formats = new Map<string, Intl.DateTimeFormat>();

export function localHourOf(instant: Date, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  return Number(format.format(instant));
}

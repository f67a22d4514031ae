// 让您久等了: a customer called after waiting longer than the hall's configured time is greeted
// with an apology (on the cashier's screen and, through the customer view, across the counter).
const MINUTE_MS = 60_000;

/** Whether a ticket issued at `issuedAt` has waited longer than `minutes` by the hall's `nowMs`. */
export function waitedLong(issuedAt: string, nowMs: number, minutes: number | null): boolean {
  if (minutes === null) return false;
  const issued = Date.parse(issuedAt);
  return Number.isFinite(issued) && nowMs - issued > minutes * MINUTE_MS;
}

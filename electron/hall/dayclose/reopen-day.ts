// Reopening a closed day (an admin action): only the most recently closed day, so the
// running totals of later closes never stand on a day that changed under them. A dayClose
// entry of type 'reopen' dated in the day unlocks it (the ledger keeps both), with an audit
// row and the reason; closing it again stores new totals.
import type { HandlerEnv } from '../handlers.ts';
import { appendDayMark, dayLocks } from '../ledger/index.ts';
import { dayCloseError } from './dayclose-errors.ts';

export function reopenDay(env: HandlerEnv, date: string, reason: string): void {
  const locks = dayLocks(env.db);
  if (!locks.isLocked(date)) throw dayCloseError('notClosed', { date });
  const later = locks.markBefore('9999-12-31');
  if (later && later.date !== date) throw dayCloseError('laterDayClosed', { date, later: later.date });
  const mark = appendDayMark(env, date, 0, { type: 'reopen', date, reason });
  env.audit({ action: 'dayclose.reopened', subject: date, details: { seq: mark.seq, hash: mark.hash, reason } });
}

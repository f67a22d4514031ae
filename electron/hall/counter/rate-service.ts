// 请您评价: the customer rates the service just paid, at that window's customer display, once
// per receipt. The rating is stored against what the cashier presented as paid (receipt,
// ticket, cashier), so a display can rate only the receipt it is showing.
import type { ParsedInput } from '../../../shared/api/index.ts';
import { localDateOf } from '../../../shared/seasons.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { CounterStore } from './counter-store.ts';
import { counterError } from './counter-errors.ts';

export function rateService(store: CounterStore, input: ParsedInput<'counter.rate'>, env: HandlerEnv): { ok: true } {
  const windowNo = env.caller.windowNo;
  if (windowNo === null) throw counterError('noWindow', {}, 'invalid_input');
  const presented = store.view(windowNo);
  if (!presented || presented.view.phase !== 'paid' || presented.view.receiptNo !== input.receiptNo) {
    throw counterError('notShown', { receiptNo: input.receiptNo, windowNo }, 'not_found');
  }
  if (store.isRated(input.receiptNo)) throw counterError('alreadyRated', { receiptNo: input.receiptNo });
  const asked = store.ratingConfig().points;
  const given = input.scores.map((s) => s.point);
  if (given.length !== asked.length || !asked.every((p) => given.includes(p))) throw counterError('pointsMismatch', {}, 'invalid_input');
  store.rate({
    receiptNo: input.receiptNo,
    ticketId: presented.view.ticketId,
    operatorId: presented.presentedBy,
    windowNo,
    businessDate: localDateOf(env.now, env.config.timeZone),
    ratedAt: env.now.toISOString(),
    terminalId: env.caller.terminalId,
    scores: input.scores,
  });
  env.emit('counter.rated', { windowNo, receiptNo: input.receiptNo, scores: input.scores });
  env.audit({ action: 'counter.rated', subject: input.receiptNo, details: { windowNo, scores: input.scores } });
  return { ok: true };
}

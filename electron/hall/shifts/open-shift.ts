// 开班: the cashier puts the float (备用金) in the drawer. One open shift per window; the
// opening is the shift's first ledger entry (cashIn 'open') and ends a 交接班 pause.
import type { HandlerEnv } from '../handlers.ts';
import type { ShiftView } from '../../../shared/api/shifts.api.ts';
import { appendCashEntry, type ShiftBook } from '../ledger/index.ts';
import { endHandover } from '../queue/index.ts';
import { shiftError } from './shift-errors.ts';
import { shiftView } from './shift-view.ts';

export function callerWindow(env: HandlerEnv): { windowNo: number; operator: NonNullable<HandlerEnv['caller']['operator']> } {
  const { windowNo, operator } = env.caller;
  if (windowNo === null || !operator) throw shiftError('noWindow', {}, 'invalid_input');
  return { windowNo, operator };
}

export function openShift(book: ShiftBook, env: HandlerEnv, floatFen: number): ShiftView {
  const { windowNo, operator } = callerWindow(env);
  const open = book.openShiftAt(windowNo);
  if (open) throw shiftError('alreadyOpen', { windowNo, code: open.cashier.code });
  const entry = appendCashEntry(
    env,
    { kind: 'cashIn', windowNo, amountFen: floatFen, approverId: null, body: { v: 1, type: 'open', cashier: { code: operator.code, name: operator.name } } },
    { action: 'shifts.opened', details: { floatFen } },
  );
  endHandover(env, windowNo);
  return shiftView(book, book.shiftOpening(entry.seq, windowNo)!);
}

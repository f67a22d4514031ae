// Cash in and out of the drawer during a shift: a float top-up (补备用金), a safe drop
// (投库) or a bank deposit (解款). Taking cash out needs a manager's approval in person (工号
// + PIN, through the hall's one approval function) and never takes more than the drawer
// should hold. Each is a ledger entry of the shift.
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { ShiftView } from '../../../shared/api/shifts.api.ts';
import { formatMoney } from '../../../shared/money.ts';
import { approveAsManager } from '../auth/index.ts';
import { appendCashEntry, type ShiftBook } from '../ledger/index.ts';
import { shiftError } from './shift-errors.ts';
import { shiftView } from './shift-view.ts';
import { callerWindow } from './open-shift.ts';

export function moveCash(book: ShiftBook, env: HandlerEnv, input: ParsedInput<'shifts.moveCash'>): ShiftView {
  const { windowNo, operator } = callerWindow(env);
  const open = book.openShiftAt(windowNo);
  if (!open) throw shiftError('noShift', { windowNo });
  const out = input.type !== 'topUp';
  if (out && !input.approval) throw shiftError('approvalRequired', {}, 'invalid_input');
  if (out) {
    const inDrawer = shiftView(book, open).expectedCashFen;
    if (input.amountFen > inDrawer) throw shiftError('moreThanDrawer', { amount: formatMoney(input.amountFen), inDrawer: formatMoney(inDrawer) }, 'invalid_input');
  }
  const approver = input.approval ? approveAsManager(env, input.approval.managerCode, input.approval.managerPin, `${input.type} window ${windowNo}`) : null;
  const note = input.approval?.reason ?? input.note;
  appendCashEntry(
    env,
    {
      kind: out ? 'cashOut' : 'cashIn',
      windowNo,
      amountFen: input.amountFen,
      approverId: approver?.id ?? null,
      body: { v: 1, type: input.type, shift: open.openSeq, cashier: { code: operator.code, name: operator.name }, approver: approver ? { code: approver.code, name: approver.name } : null, note },
    },
    { action: `shifts.${input.type}`, details: { amountFen: input.amountFen, approverCode: approver?.code ?? null, shift: open.openSeq } },
  );
  return shiftView(book, open);
}

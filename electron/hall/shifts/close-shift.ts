// 交班: the drawer counted by denomination against what it should hold (float + top-ups +
// cash taken − drops and deposits). A difference is an overage (长款) or a shortage (短款):
// recorded on the closing entry with the cashier's note, never hidden or evened out. The
// shift report goes to the window's printer; the window waits paused for the next cashier.
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { ShiftView } from '../../../shared/api/shifts.api.ts';
import type { ShiftReportModel } from '../../../shared/print-models.ts';
import { countedFen } from '../../../shared/cash-count.ts';
import { fen, formatMoney } from '../../../shared/money.ts';
import { printTargetForWindow } from '../print-request.ts';
import { appendCashEntry, type ShiftBook } from '../ledger/index.ts';
import { pauseForHandover } from '../queue/index.ts';
import { shiftError } from './shift-errors.ts';
import { shiftView } from './shift-view.ts';
import { callerWindow } from './open-shift.ts';

export function closeShift(book: ShiftBook, env: HandlerEnv, input: ParsedInput<'shifts.close'>): { shift: ShiftView; report: ShiftReportModel; printJobId: number } {
  const { windowNo, operator } = callerWindow(env);
  const open = book.openShiftAt(windowNo);
  if (!open) throw shiftError('noShift', { windowNo });
  const before = shiftView(book, open);
  const counted = countedFen(input.count);
  const difference = counted - before.expectedCashFen;
  if (difference !== 0 && !input.note) {
    throw shiftError(difference > 0 ? 'overageNeedsNote' : 'shortageNeedsNote', { difference: formatMoney(Math.abs(difference)) }, 'invalid_input');
  }
  appendCashEntry(
    env,
    {
      kind: 'shiftClose',
      windowNo,
      amountFen: difference,
      approverId: null,
      body: { v: 1, type: 'close', shift: open.openSeq, cashier: { code: operator.code, name: operator.name }, count: { ...input.count }, countedFen: counted, expectedFen: before.expectedCashFen, note: input.note },
    },
    { action: 'shifts.closed', details: { shift: open.openSeq, expectedFen: before.expectedCashFen, countedFen: counted, differenceFen: difference, note: input.note } },
  );
  const shift = shiftView(book, open);
  const report = shiftReport(shift, env);
  const printJobId = env.print({ kind: 'shiftReport', target: printTargetForWindow(windowNo), payload: report });
  pauseForHandover(env, windowNo);
  return { shift, report, printJobId };
}

export function shiftReport(shift: ShiftView, env: Pick<HandlerEnv, 'config'>): ShiftReportModel {
  return {
    branchName: env.config.branchName,
    windowNo: shift.windowNo,
    cashier: shift.cashier,
    openedAt: shift.openedAt,
    closedAt: shift.closedAt ?? '',
    timeZone: env.config.timeZone,
    byMethod: shift.byMethod,
    receipts: shift.receipts,
    floatFen: shift.floatFen,
    expectedCashFen: shift.expectedCashFen,
    countedCashFen: shift.countedCashFen ?? fen(0),
    differenceFen: shift.differenceFen ?? fen(0),
  };
}

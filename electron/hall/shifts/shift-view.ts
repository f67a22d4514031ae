// A shift as the counter and the manager see it, summed from its ledger entries: the
// float, top-ups, drops and deposits, the cash its payments and reversals moved, the
// non-cash tenders, its receipts, and (once closed) the count and the difference.
import type { ShiftView } from '../../../shared/api/shifts.api.ts';
import { TENDER_METHODS, type TenderMethod } from '../../../shared/print-models.ts';
import { fen } from '../../../shared/money.ts';
import type { OpenShift, ShiftBook } from '../ledger/index.ts';

export function shiftView(book: ShiftBook, opening: OpenShift): ShiftView {
  const closeSeq = book.closeOf(opening.windowNo, opening.openSeq);
  const entries = book.shiftEntries(opening.windowNo, opening.openSeq, closeSeq ?? undefined);
  const byMethod = new Map<TenderMethod, { count: number; amount: number }>();
  let topUps = 0;
  let takenOut = 0;
  const receipts: string[] = [];
  let reversals = 0;
  const movements: ShiftView['movements'] = [];
  let close: { at: string; counted: number; difference: number; note: string | null } | null = null;
  for (const e of entries) {
    if (e.kind === 'payment' || e.kind === 'reversal') {
      if (e.receiptNo) receipts.push(e.receiptNo);
      if (e.kind === 'reversal') reversals++;
      for (const t of e.tenders) {
        const m = byMethod.get(t.method) ?? { count: 0, amount: 0 };
        m.count += e.kind === 'payment' ? 1 : 0;
        m.amount += t.amount;
        byMethod.set(t.method, m);
      }
    } else if (e.cash && (e.cash.type === 'topUp' || e.cash.type === 'drop' || e.cash.type === 'deposit')) {
      if (e.cash.type === 'topUp') topUps += e.amountFen;
      else takenOut += e.amountFen;
      movements.push({ seq: e.seq, type: e.cash.type, at: e.at, amountFen: fen(e.amountFen), approver: e.cash.approver ? `${e.cash.approver.code} ${e.cash.approver.name}` : null, note: e.cash.note });
    } else if (e.cash?.type === 'close') {
      close = { at: e.at, counted: e.cash.countedFen, difference: e.amountFen, note: e.cash.note };
    }
  }
  const cashTaken = byMethod.get('cash')?.amount ?? 0;
  return {
    shiftNo: opening.openSeq,
    windowNo: opening.windowNo,
    cashier: opening.cashier,
    openedAt: opening.openedAt,
    closedAt: close?.at ?? null,
    floatFen: fen(opening.floatFen),
    topUpsFen: fen(topUps),
    takenOutFen: fen(takenOut),
    cashTakenFen: fen(cashTaken),
    expectedCashFen: fen(opening.floatFen + topUps + cashTaken - takenOut),
    byMethod: TENDER_METHODS.filter((m) => byMethod.has(m)).map((m) => ({ method: m, count: byMethod.get(m)!.count, amountFen: fen(byMethod.get(m)!.amount) })),
    receipts: { first: receipts[0] ?? null, last: receipts.at(-1) ?? null, count: receipts.length, reversals },
    movements,
    countedCashFen: close ? fen(close.counted) : null,
    differenceFen: close ? fen(close.difference) : null,
    note: close?.note ?? null,
  };
}

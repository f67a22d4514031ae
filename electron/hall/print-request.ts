// What a hall module may ask to have printed. The request is written to the print outbox
// inside the asking command's transaction (HandlerEnv.print), so a payment and its receipt
// job commit together; the printing module prints the outbox after the commit. Kept in
// the hall's shared infrastructure so the ledger and the queue can print without depending
// on the printing module (which itself asks the ledger for receipts).
import type { DaySummaryModel, ReceiptModel, ShiftReportModel, TicketSlipModel } from '../../shared/print-models.ts';

export type PrintMark = 'reprint' | 'reversed';

export type PrintJobRequest =
  | { kind: 'receipt'; target: string; payload: ReceiptModel; openDrawer: boolean; marks?: PrintMark[]; reprintOf?: number }
  | { kind: 'ticket'; target: string; payload: TicketSlipModel; openDrawer?: false; marks?: PrintMark[]; reprintOf?: number }
  | { kind: 'shiftReport'; target: string; payload: ShiftReportModel; openDrawer?: false; marks?: PrintMark[]; reprintOf?: number }
  | { kind: 'daySummary'; target: string; payload: DaySummaryModel; openDrawer?: false; marks?: PrintMark[]; reprintOf?: number };

export function printTargetForWindow(windowNo: number): string {
  return `window:${windowNo}`;
}

/** A kiosk prints at `kiosk:<its terminal id>` (the id it opened its session with, or was paired under). */
export function printTargetForKiosk(terminalId: string): string {
  return `kiosk:${terminalId}`;
}

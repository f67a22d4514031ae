// The tail every counter entry shares (a payment, its reversal): append it to the ledger
// with the window's next receipt number, turn it into the receipt model, put the receipt in
// the print outbox and write the audit line that anchors the entry's seq and hash. All of it
// inside the command's one transaction: committed together or not at all.
import type { HandlerEnv } from '../handlers.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { dayLocks } from './day-lock.ts';
import { printTargetForWindow } from '../print-request.ts';
import type { LedgerContext } from './ledger-context.ts';
import type { AppendedEntry } from './append-entry.ts';
import type { PaymentBody } from './entry-body.ts';
import { receiptModel } from './receipt-model.ts';

export interface CounterEntry {
  kind: 'payment' | 'reversal';
  approverId: number | null;
  accountId: number | null;
  amountFen: number;
  reversesSeq: number | null;
  idempotencyKey: string;
  requestHash: string;
  body: PaymentBody;
}

export function appendWithReceipt(
  ctx: LedgerContext,
  env: HandlerEnv,
  entry: CounterEntry,
  after: { openDrawer: boolean; audit: { action: string; details: Record<string, unknown> } },
): { entry: AppendedEntry; receipt: ReceiptModel } {
  const { caller, now, config } = env;
  if (caller.windowNo === null || !caller.operator) throw new Error('a counter entry needs a window and an operator');
  const appended = ctx.append({
    kind: entry.kind,
    at: now.toISOString(),
    business_date: dayLocks(env.db).openDayOf(now, config.timeZone),
    terminal_id: caller.terminalId,
    window_no: caller.windowNo,
    operator_id: caller.operator.id,
    approver_id: entry.approverId,
    account_id: entry.accountId,
    amount_fen: entry.amountFen,
    reverses_seq: entry.reversesSeq,
    idempotency_key: entry.idempotencyKey,
    request_hash: entry.requestHash,
    body: JSON.stringify(entry.body),
    issueReceipt: true,
  });
  const receipt = receiptModel(appended, entry.body, config);
  env.print({ kind: 'receipt', target: printTargetForWindow(caller.windowNo), payload: receipt, openDrawer: after.openDrawer });
  env.audit({ action: after.audit.action, subject: receipt.receiptNo, details: { seq: appended.seq, hash: appended.hash, ...after.audit.details } });
  return { entry: appended, receipt };
}

// 冲正: a mistaken payment is never edited. A new entry negates it line by line (so its
// charges are open again) and tender by tender (what goes back to the customer), with the
// manager who approved it and the reason; the original entry stays exactly as it was.
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { DomainError } from '../../../shared/errors.ts';
import { approveAsManager } from '../auth/index.ts';
import type { LedgerContext } from './ledger-context.ts';
import type { PaymentBody } from './entry-body.ts';
import { appendWithReceipt } from './append-with-receipt.ts';
import { requestHash } from './record-payment.ts';

export function reversePayment(ctx: LedgerContext, input: ParsedInput<'ledger.reversePayment'>, env: HandlerEnv): ReceiptModel {
  const { caller, config } = env;
  if (caller.windowNo === null || !caller.operator) throw new DomainError('invalid_input', {}, { key: 'ledger:errors.noWindow' });
  const hash = requestHash(input);
  const replay = ctx.replay(input.idempotencyKey, hash, config);
  if (replay) return replay;
  // the money goes back out of this window's drawer: its shift must be open to account for it
  if (!ctx.openShiftAt(caller.windowNo)) throw new DomainError('conflict', { windowNo: caller.windowNo }, { key: 'ledger:errors.noShift' });

  const original = ctx.entryByReceipt(input.receiptNo);
  if (!original) throw new DomainError('not_found', { receiptNo: input.receiptNo }, { key: 'errors:notFound.receipt' });
  if (original.kind !== 'payment') throw new DomainError('invalid_input', { receiptNo: input.receiptNo }, { key: 'ledger:errors.notAPayment' });
  const earlier = ctx.reversalOf(original.seq);
  if (earlier) throw new DomainError('conflict', { receiptNo: input.receiptNo, by: earlier.receipt_no ?? '' }, { key: 'ledger:errors.alreadyReversed' });
  const approver = approveAsManager(env, input.approval.managerCode, input.approval.managerPin, `reversal ${input.receiptNo}`, original.operator_id);

  const paid = ctx.bodyOf(original);
  const body: PaymentBody = {
    ...paid,
    cashier: { code: caller.operator.code, name: caller.operator.name },
    lines: paid.lines.map((l) => ({ ...l, amount: -l.amount })),
    tenders: paid.tenders.map((t) => ({ ...t, amount: -t.amount })),
    cashReceived: 0,
    change: 0,
    reversal: { receiptNo: input.receiptNo, reason: input.approval.reason },
  };
  const { receipt } = appendWithReceipt(
    ctx,
    env,
    { kind: 'reversal', approverId: approver.id, accountId: original.account_id, amountFen: -original.amount_fen, reversesSeq: original.seq, idempotencyKey: input.idempotencyKey, requestHash: hash, body },
    {
      openDrawer: paid.tenders.some((t) => t.method === 'cash'),
      audit: { action: 'ledger.reversal', details: { reverses: input.receiptNo, approverCode: approver.code, reason: input.approval.reason, totalFen: -original.amount_fen } },
    },
  );
  env.emit('ledger.paymentReversed', { receiptNo: receipt.receiptNo, reversedReceiptNo: input.receiptNo, windowNo: caller.windowNo, totalFen: receipt.totalFen });
  return receipt;
}

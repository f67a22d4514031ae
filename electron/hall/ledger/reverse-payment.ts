// 冲正: a mistaken payment is never edited. A new entry negates it line by line (so its
// charges are open again) and tender by tender (what goes back to the customer), with the
// manager who approved it and the reason; the original entry stays exactly as it was.
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { DomainError } from '../../../shared/errors.ts';
import { localDateOf } from '../../../shared/seasons.ts';
import { approveAsManager } from '../auth/operators.ts';
import { enqueuePrintJob, printTargetForWindow } from '../printing/outbox.ts';
import type { LedgerContext } from './ledger-context.ts';
import type { PaymentBody } from './entry-body.ts';
import { receiptModel } from './receipt-model.ts';
import { requestHash } from './record-payment.ts';

export function reversePayment(ctx: LedgerContext, input: ParsedInput<'ledger.reversePayment'>, env: HandlerEnv): ReceiptModel {
  const { caller, now, config } = env;
  if (caller.windowNo === null || !caller.operator) throw new DomainError('invalid_input', {}, { key: 'ledger:errors.noWindow' });
  const hash = requestHash(input);
  const replay = ctx.replay(input.idempotencyKey, hash, config);
  if (replay) return replay;

  const original = ctx.entryByReceipt(input.receiptNo);
  if (!original) throw new DomainError('not_found', { what: `票据 ${input.receiptNo}` });
  if (original.kind !== 'payment') throw new DomainError('invalid_input', { receiptNo: input.receiptNo }, { key: 'ledger:errors.notAPayment' });
  const earlier = ctx.reversalOf(original.seq);
  if (earlier) throw new DomainError('conflict', { receiptNo: input.receiptNo, by: earlier.receipt_no ?? '' }, { key: 'ledger:errors.alreadyReversed' });
  const approver = approveAsManager(env, input.approval.managerCode, input.approval.managerPin, `冲正 ${input.receiptNo}`);

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
  const entry = ctx.append({
    kind: 'reversal',
    at: now.toISOString(),
    business_date: localDateOf(now, config.timeZone),
    terminal_id: caller.terminalId,
    window_no: caller.windowNo,
    operator_id: caller.operator.id,
    approver_id: approver.id,
    account_id: original.account_id,
    amount_fen: -original.amount_fen,
    reverses_seq: original.seq,
    idempotency_key: input.idempotencyKey,
    request_hash: hash,
    body: JSON.stringify(body),
    issueReceipt: true,
  });
  const receipt = receiptModel(entry, body, config);
  enqueuePrintJob(env.db, { kind: 'receipt', target: printTargetForWindow(caller.windowNo), payload: receipt, openDrawer: paid.tenders.some((t) => t.method === 'cash') }, now);
  env.audit({
    action: 'ledger.reversal',
    subject: receipt.receiptNo,
    details: { seq: entry.seq, hash: entry.hash, reverses: input.receiptNo, approverCode: approver.code, reason: input.approval.reason, totalFen: entry.amount_fen },
  });
  env.emit('ledger.paymentReversed', { receiptNo: receipt.receiptNo, reversedReceiptNo: input.receiptNo, windowNo: caller.windowNo, totalFen: receipt.totalFen });
  return receipt;
}

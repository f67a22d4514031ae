// 数电票: a customer asks for a digital invoice for a receipt. The request is kept with the
// payer (a person, or a company with its tax number) and a contact (e-mail or phone) for the
// branch to send on after the day close; the payment itself is never touched.
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import { DomainError } from '../../../shared/errors.ts';
import { dayLocks, receiptOf } from '../ledger/index.ts';
import { dayCloseError } from './dayclose-errors.ts';
import type { DayCloseStore } from './dayclose-store.ts';

export function requestInvoice(store: DayCloseStore, env: HandlerEnv, input: ParsedInput<'dayclose.requestInvoice'>) {
  const operator = env.caller.operator;
  if (!operator) throw dayCloseError('noOperator', {}, 'invalid_input');
  const onRecord = receiptOf(env.db, input.receiptNo, env.config);
  if (!onRecord) throw new DomainError('not_found', { receiptNo: input.receiptNo }, { key: 'errors:notFound.receipt' });
  if (onRecord.reversedBy || onRecord.receipt.totalFen <= 0) throw dayCloseError('receiptReversed', { receiptNo: input.receiptNo });
  if (input.payerType === 'company' && !input.taxNo) throw dayCloseError('taxNoRequired', {}, 'invalid_input');
  if (!input.email && !input.phone) throw dayCloseError('contactRequired', {}, 'invalid_input');
  const request = store.addRequest({
    date: dayLocks(env.db).openDayOf(env.now, env.config.timeZone),
    receiptNo: input.receiptNo,
    amountFen: onRecord.receipt.totalFen,
    requestedAt: env.now.toISOString(),
    payerType: input.payerType,
    payerName: input.payerName,
    taxNo: input.taxNo,
    email: input.email,
    phone: input.phone,
    operatorCode: operator.code,
  });
  env.audit({ action: 'dayclose.invoiceRequested', subject: input.receiptNo, details: { id: request.id, payerType: input.payerType } });
  return request;
}

// Taking a payment: everything below runs inside the dispatcher's one IMMEDIATE
// transaction, so the entry, its receipt number, the item charges it creates, the audit
// lines and the print job are all committed together or not at all.
import { createHash } from 'node:crypto';
import type { HandlerEnv } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';
import { DomainError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { localDateOf } from '../../../shared/seasons.ts';
import { approveAsManager } from '../auth/index.ts';
import { accountWriter } from '../accounts/index.ts';
import type { LedgerContext } from './ledger-context.ts';
import type { BodyLine, PaymentBody } from './entry-body.ts';
import { appendWithReceipt } from './append-with-receipt.ts';
import { translate } from '../i18n.ts';

type PaymentInput = ParsedInput<'ledger.recordPayment'>;

const err = (key: string, params: Record<string, string | number> = {}, code: 'invalid_input' | 'conflict' = 'invalid_input') =>
  new DomainError(code, params, { key: `ledger:errors.${key}` });

/** The request as stored for the idempotency check: never the manager's PIN. */
export function requestHash(input: unknown): string {
  const redacted = JSON.stringify(input, (key, value: unknown) => (key === 'managerPin' ? undefined : value));
  return createHash('sha256').update(redacted).digest('hex');
}

export function recordPayment(ctx: LedgerContext, input: PaymentInput, env: HandlerEnv): ReceiptModel {
  const { caller, now, config } = env;
  if (caller.windowNo === null || !caller.operator) throw err('noWindow');
  const hash = requestHash(input);
  const replay = ctx.replay(input.idempotencyKey, hash, config);
  if (replay) return replay;
  if (!ctx.openShiftAt(caller.windowNo)) throw err('noShift', { windowNo: caller.windowNo }, 'conflict');

  const account = ctx.accountByNo(input.accountNo);
  const onDate = localDateOf(now, config.timeZone);
  const open = ctx.openCharges(account.id, onDate);
  if (input.chargeIds !== null) {
    const twice = input.chargeIds.find((id, i) => input.chargeIds!.indexOf(id) !== i);
    if (twice !== undefined) throw err('chargeTwice', { chargeId: twice });
  }
  const selected = input.chargeIds === null ? open : input.chargeIds.map((id) => open.find((c) => c.chargeId === id) ?? failNotOpen(id));
  // Oldest first, whatever order the screen sent them in.
  selected.sort((a, b) => open.indexOf(a) - open.indexOf(b));

  const lines: BodyLine[] = [];
  const lateLabel = translate('zh-CN', 'ledger:receipt.lateFee');
  for (const c of selected) {
    lines.push({ kind: 'charge', charge: c.chargeId, chargeKind: c.kind, label: c.description, season: c.season, detail: c.detail, taxCategory: c.taxCategory, amount: c.openFen });
    if (c.lateFee) {
      lines.push({ kind: 'lateFee', charge: c.chargeId, chargeKind: c.kind, label: lateLabel, season: c.season, detail: c.lateFee.detail, taxCategory: 'taxable', amount: c.lateFee.amountFen });
    }
  }
  if (input.items.length > 0) {
    const writer = accountWriter(env.db, now);
    for (const item of input.items) {
      const spec = ctx.catalogueItem(item.code);
      if (!spec) throw err('itemUnknown', { code: item.code });
      const amount = spec.price_fen * item.quantity;
      const detail = `${item.quantity}${spec.unit} × ${formatMoney(spec.price_fen)}`;
      const charge = { accountId: account.id, kind: 'item' as const, season: null, itemCode: spec.code, description: spec.name, detail, amountFen: amount, dueDate: null, taxCategory: spec.tax_category, source: `counter:${input.idempotencyKey}` };
      const chargeId = writer.addCharge(charge);
      if (chargeId === null) throw new Error('an item charge is never a duplicate');
      lines.push({ kind: 'charge', charge: chargeId, chargeKind: 'item', label: spec.name, season: null, detail, taxCategory: spec.tax_category, amount });
    }
  }

  let approverId: number | null = null;
  if (input.waiveLateFee) {
    const lateFees = lines.filter((l) => l.kind === 'lateFee');
    if (lateFees.length === 0) throw err('noLateFeeToWaive');
    approverId = approveAsManager(env, input.waiveLateFee.managerCode, input.waiveLateFee.managerPin, `lateFeeWaiver ${input.accountNo}`).id;
    const waiverLabel = translate('zh-CN', 'ledger:receipt.waiver');
    for (const fee of lateFees) {
      lines.splice(lines.indexOf(fee) + 1, 0, { ...fee, kind: 'waiver', label: waiverLabel, detail: input.waiveLateFee.reason, amount: -fee.amount });
    }
  }

  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  if (lines.length === 0 || total <= 0) throw err('nothingToPay');
  if (total !== input.expectedTotalFen) throw err('totalChanged', { expected: formatMoney(input.expectedTotalFen), actual: formatMoney(total) }, 'conflict');
  const { cashReceived, change } = checkTenders(input, total);

  const body: PaymentBody = {
    v: 1,
    account: { no: account.account_no, name: account.name, address: account.address },
    cashier: { code: caller.operator.code, name: caller.operator.name },
    lines,
    tenders: input.tenders.map((t) => ({ method: t.method, amount: t.amountFen, reference: t.reference })),
    cashReceived,
    change,
    reversal: null,
    waiverReason: input.waiveLateFee?.reason ?? null,
  };
  const { receipt } = appendWithReceipt(
    ctx,
    env,
    { kind: 'payment', approverId, accountId: account.id, amountFen: total, reversesSeq: null, idempotencyKey: input.idempotencyKey, requestHash: hash, body },
    { openDrawer: input.tenders.some((t) => t.method === 'cash'), audit: { action: 'ledger.payment', details: { accountNo: account.account_no, totalFen: total } } },
  );
  if (input.waiveLateFee) {
    const waived = -lines.filter((l) => l.kind === 'waiver').reduce((s, l) => s + l.amount, 0);
    env.audit({ action: 'ledger.lateFeeWaived', subject: receipt.receiptNo, details: { approverCode: input.waiveLateFee.managerCode, reason: input.waiveLateFee.reason, waivedFen: waived } });
  }
  env.emit('ledger.paymentRecorded', { receiptNo: receipt.receiptNo, windowNo: caller.windowNo, accountNo: account.account_no, totalFen: receipt.totalFen, changeFen: receipt.changeFen });
  return receipt;
}

/** The most change a counter hands back: more means a typo in 收您 (or a probe), not a customer. */
export const MAX_CHANGE_FEN = 100_000;

function failNotOpen(chargeId: number): never {
  throw err('chargeNotOpen', { chargeId });
}

function checkTenders(input: PaymentInput, total: number): { cashReceived: number; change: number } {
  const tendered = input.tenders.reduce((s, t) => s + t.amountFen, 0);
  if (tendered !== total) throw err('tendersDontAddUp', { tendered: formatMoney(tendered), total: formatMoney(total) });
  for (const t of input.tenders) if (t.method === 'cheque' && !t.reference) throw err('chequeNumberRequired');
  const cash = input.tenders.filter((t) => t.method === 'cash');
  if (cash.length > 1) throw err('oneCashTender');
  const due = cash[0]?.amountFen ?? 0;
  if (cash.length === 0) {
    if (input.cashReceivedFen) throw err('cashWithoutCashTender');
    return { cashReceived: 0, change: 0 };
  }
  const received = input.cashReceivedFen ?? due;
  if (received < due) throw err('cashShort', { received: formatMoney(received), due: formatMoney(due) });
  if (received - due > MAX_CHANGE_FEN) throw err('changeTooLarge', { received: formatMoney(received), due: formatMoney(due), limit: formatMoney(MAX_CHANGE_FEN) });
  return { cashReceived: received, change: received - due };
}

// An account's recent receipts for the counter's account view: the cashier reprints a lost
// receipt or reverses today's mistaken payment from this list.
import type { ParsedInput, Output } from '../../../shared/api/index.ts';
import { fen } from '../../../shared/money.ts';
import type { AccountsReader } from '../accounts/index.ts';
import type { LedgerStore } from './ledger-store.ts';

export function accountPayments(accounts: AccountsReader, store: LedgerStore, input: ParsedInput<'ledger.accountPayments'>): Output<'ledger.accountPayments'> {
  const account = accounts.byNo(input.accountNo);
  return {
    payments: store.accountPayments(account.id, input.limit).map((r) => ({
      receiptNo: r.receipt_no,
      kind: r.kind,
      at: r.at,
      businessDate: r.business_date,
      windowNo: r.window_no,
      operatorCode: r.operator_code,
      totalFen: fen(r.amount_fen),
      reversedBy: r.reversed_by,
      reverses: r.reverses,
    })),
  };
}

// 账单: what one account owes on a branch-local date, charge by charge with late fees.
import type { HandlerEnv } from '../handlers.ts';
import type { Output } from '../../../shared/api/index.ts';
import { fen } from '../../../shared/money.ts';
import { localDateOf } from '../../../shared/seasons.ts';
import { toSummary, type AccountsReader } from '../accounts/index.ts';
import type { OpenCharges } from './open-charges.ts';

export function accountStatement(accounts: AccountsReader, openCharges: OpenCharges, accountNo: string, env: HandlerEnv): Output<'billing.statement'> {
  const account = accounts.byNo(accountNo);
  const onDate = localDateOf(env.now, env.config.timeZone);
  const charges = openCharges(account.id, onDate);
  const openFen = charges.reduce((s, c) => s + c.openFen, 0);
  const lateFeeFen = charges.reduce((s, c) => s + (c.lateFee?.amountFen ?? 0), 0);
  return {
    account: toSummary(account),
    onDate,
    charges: charges.map((c) => ({ ...c, amountFen: fen(c.amountFen), paidFen: fen(c.paidFen), openFen: fen(c.openFen) })),
    openFen: fen(openFen),
    lateFeeFen: fen(lateFeeFen),
    totalFen: fen(openFen + lateFeeFen),
  };
}

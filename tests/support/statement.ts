// The total an account owes today, read the way the hall reads it (for benches that must
// not time the statement call itself).
import type { Db } from '../../electron/hall/db/open.ts';
import { ledgerContext } from '../../electron/hall/ledger/ledger-context.ts';

export function statementTotal(db: Db, accountNo: string, onDate: string): number {
  const ctx = ledgerContext(db);
  const account = ctx.accountByNo(accountNo);
  return ctx.openCharges(account.id, onDate).reduce((s, c) => s + c.openFen + (c.lateFee?.amountFen ?? 0), 0);
}

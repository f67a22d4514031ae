// What an account owes right now: each of its charges less what the ledger has allocated to
// it (payments add, reversals subtract), oldest first, with the late fee each open charge
// has accrued by the given branch-local date. The ledger is the only source of "paid":
// billing is handed its reader (PaidByCharge) and never reads ledger_entries itself.
import type { PriceTable } from './billing-store.ts';
import { feeWords, type AccountsReader } from '../accounts/index.ts';
import { lateFee, type LateFee } from '../../../shared/late-fee.ts';

/** Per charge id, the fen the ledger's entries have paid on it (reversals included). */
export type PaidByCharge = (accountId: number) => ReadonlyMap<number, number>;

export interface OpenCharge {
  chargeId: number;
  kind: 'heating' | 'arrears' | 'item' | 'other';
  season: string | null;
  description: string;
  detail: string | null;
  amountFen: number;
  paidFen: number;
  openFen: number;
  dueDate: string | null;
  taxCategory: 'vatExempt' | 'taxable';
  lateFee: LateFee | null;
}

export function openChargesReader(accounts: AccountsReader, prices: PriceTable, paidByCharge: PaidByCharge) {
  return function openCharges(accountId: number, onDate: string): OpenCharge[] {
    const paid = paidByCharge(accountId);
    const result: OpenCharge[] = [];
    // the late fee's detail is printed on the receipt: in the branch's language
    const words = feeWords();
    for (const c of accounts.chargesOf(accountId)) {
      const paidFen = paid.get(c.id) ?? 0;
      const openFen = c.amount_fen - paidFen;
      if (openFen <= 0) continue;
      const rate = c.season ? prices.policy(c.season).latePpmPerDay : 0;
      result.push({
        chargeId: c.id,
        kind: c.kind,
        season: c.season,
        description: c.description,
        detail: c.detail,
        amountFen: c.amount_fen,
        paidFen,
        openFen,
        dueDate: c.due_date,
        taxCategory: c.tax_category,
        lateFee: lateFee(openFen, c.due_date, onDate, rate, words),
      });
    }
    return result;
  };
}
export type OpenCharges = ReturnType<typeof openChargesReader>;

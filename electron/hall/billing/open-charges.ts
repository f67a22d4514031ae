// What an account owes right now: each charge less what the ledger has allocated to it
// (payments add, reversals subtract), oldest first, with the late fee each open charge
// has accrued by the given branch-local date. The ledger is the only source of "paid".
import type { Db } from '../db/open.ts';
import type { PriceTable } from './price-table.ts';
import { lateFee, type LateFee } from '../../../shared/late-fee.ts';

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

interface ChargeRow {
  id: number;
  kind: OpenCharge['kind'];
  season: string | null;
  description: string;
  detail: string | null;
  amount_fen: number;
  due_date: string | null;
  tax_category: OpenCharge['taxCategory'];
}

/** The statements behind an account's statement, exported so the query-plan tests explain exactly these. */
export const OPEN_CHARGES_SQL = {
  // Items sold at the counter are paid in the same payment; if that payment is reversed
  // the sale is undone, so such a charge is never shown as owed.
  charges:
    "SELECT id, kind, season, description, detail, amount_fen, due_date, tax_category FROM charges WHERE account_id = ? AND NOT (kind = 'item' AND source LIKE 'counter:%') ORDER BY COALESCE(season, '9999'), COALESCE(due_date, '9999-12-31'), id",
  paid: `
    SELECT json_extract(l.value, '$.charge') AS charge_id, SUM(json_extract(l.value, '$.amount')) AS paid
    FROM ledger_entries e, json_each(e.body, '$.lines') l
    WHERE e.account_id = ? AND json_extract(l.value, '$.kind') = 'charge'
    GROUP BY charge_id`,
} as const;

export function openChargesReader(db: Db, prices: PriceTable) {
  const charges = db.prepare(OPEN_CHARGES_SQL.charges);
  const paid = db.prepare(OPEN_CHARGES_SQL.paid);
  return function openCharges(accountId: number, onDate: string): OpenCharge[] {
    const paidByCharge = new Map((paid.all(accountId) as Array<{ charge_id: number; paid: number }>).map((r) => [r.charge_id, r.paid]));
    const result: OpenCharge[] = [];
    for (const c of charges.all(accountId) as ChargeRow[]) {
      const paidFen = paidByCharge.get(c.id) ?? 0;
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
        lateFee: lateFee(openFen, c.due_date, onDate, rate),
      });
    }
    return result;
  };
}

// Charges as `verify` checks them against the ledger (billing owns the rows; the ledger's
// lines say what was paid on each).
import type { Db } from '../db/open.ts';

/**
 * A payment pays each charge it names in full: what was allocated to the charge before, plus
 * this line, is the charge's amount. A charge amount rewritten after it was paid (or an
 * allocation to a charge that is not the entry's account's) shows here.
 */
export function verifyCharges(db: Db): { checked: number; problems: Array<{ seq: number; reason: string }> } {
  const rows = db
    .prepare(
      `SELECT e.seq, e.kind, e.account_id, json_extract(l.value, '$.charge') AS charge_id, json_extract(l.value, '$.amount') AS amount, c.amount_fen, c.account_id AS charge_account
       FROM ledger_entries e, json_each(e.body, '$.lines') l LEFT JOIN charges c ON c.id = json_extract(l.value, '$.charge')
       WHERE e.kind IN ('payment', 'reversal') AND json_extract(l.value, '$.kind') = 'charge' ORDER BY e.seq`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, number | null, number, number, number | null, number | null]>;
  const allocated = new Map<number, number>();
  const problems: Array<{ seq: number; reason: string }> = [];
  let checked = 0;
  for (const [seq, kind, accountId, chargeId, amount, chargeAmount, chargeAccount] of rows) {
    if (problems.length >= 20) break;
    checked++;
    const before = allocated.get(chargeId) ?? 0;
    allocated.set(chargeId, before + amount);
    if (chargeAmount === null) problems.push({ seq, reason: `charge ${chargeId} it pays does not exist` });
    else if (chargeAccount !== accountId) problems.push({ seq, reason: `charge ${chargeId} it pays belongs to another account` });
    else if (kind === 'payment' && before + amount !== chargeAmount) problems.push({ seq, reason: `charge ${chargeId} is ${chargeAmount} fen, but this entry paid it in full with ${amount} fen after ${before} fen` });
  }
  return { checked, problems };
}

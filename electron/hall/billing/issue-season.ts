// The season's heating bill for every account: area × price of its class, with the
// season's 停供 and 低保 rules. Idempotent: an account already billed for the season keeps
// its charge (the unique index on account + season), so a re-run only fills in new accounts.
import type { Db } from '../db/open.ts';
import type { PriceTable } from './billing-store.ts';
import { heatingFee } from '../../../shared/heating-fee.ts';
import { accountWriter, accountsReader, chargeName, feeWords, heatingTaxCategory } from '../accounts/index.ts';

export function issueSeason(db: Db, prices: PriceTable, season: string, now: Date) {
  const policy = prices.policy(season);
  const dueDate = prices.dueDate(season);
  const price = { residential: prices.unitPriceFen('residential', season), nonResidential: prices.unitPriceFen('nonResidential', season) };
  const writer = accountWriter(db, now);
  const words = feeWords();
  let issued = 0;
  let alreadyIssued = 0;
  let noPrice = 0;
  let totalFen = 0;
  const accounts = accountsReader(db).toBill();
  for (const a of accounts) {
    const unitPriceFen = price[a.customer_class];
    if (unitPriceFen === null) {
      noPrice++;
      continue;
    }
    const fee = heatingFee({ heatedAreaCentiM2: a.heated_area_centi_m2, unitPriceFen, stopped: a.heating_status === 'stopped', lowIncome: a.low_income === 1 }, policy, words);
    if (fee.amountFen <= 0) continue;
    const id = writer.addCharge({
      accountId: a.id,
      kind: 'heating',
      season,
      description: chargeName('heating', season),
      detail: fee.detail,
      amountFen: fee.amountFen,
      dueDate,
      taxCategory: heatingTaxCategory(a.customer_class),
      source: `billing:${season}`,
    });
    if (id === null) alreadyIssued++;
    else {
      issued++;
      totalFen += fee.amountFen;
    }
  }
  return { issued, alreadyIssued, noPrice, totalFen };
}

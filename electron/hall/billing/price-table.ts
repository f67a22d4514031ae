// Reads the price office's decisions for a season: the unit price per class and the
// season's policy. A season uses the newest row whose from_season is not later than it.
import type { Db } from '../db/open.ts';
import type { HeatingPolicy, CustomerClass } from '../../../shared/heating-fee.ts';
import { seasonStartYear } from '../../../shared/seasons.ts';

export interface SeasonPolicy extends HeatingPolicy {
  latePpmPerDay: number;
  /** MM-DD of the season's first year. */
  dueMonthDay: string;
}

export const NO_POLICY: SeasonPolicy = { stoppedBaseShareBp: 10_000, lowIncomeReductionBp: 0, latePpmPerDay: 0, dueMonthDay: '11-30' };

export function priceTable(db: Db) {
  const price = db.prepare('SELECT unit_price_fen FROM heating_prices WHERE customer_class = ? AND from_season <= ? ORDER BY from_season DESC LIMIT 1').pluck();
  const policy = db.prepare(
    'SELECT stopped_base_share_bp AS stoppedBaseShareBp, low_income_reduction_bp AS lowIncomeReductionBp, late_fee_ppm_per_day AS latePpmPerDay, due_month_day AS dueMonthDay FROM billing_policies WHERE from_season <= ? ORDER BY from_season DESC LIMIT 1',
  );
  return {
    unitPriceFen(customerClass: CustomerClass, season: string): number | null {
      return (price.get(customerClass, season) as number | undefined) ?? null;
    },
    policy(season: string): SeasonPolicy {
      return (policy.get(season) as SeasonPolicy | undefined) ?? NO_POLICY;
    },
    dueDate(season: string): string {
      return `${seasonStartYear(season)}-${this.policy(season).dueMonthDay}`;
    },
  };
}
export type PriceTable = ReturnType<typeof priceTable>;

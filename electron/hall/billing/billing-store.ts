// The billing module's store: the only code that reads or writes heating_prices,
// billing_policies and catalogue_items. Prices and policies are history (a season uses the
// newest row whose from_season is not later than it; a row is never changed); the catalogue
// of counter items is kept current.
import type { Db } from '../db/open.ts';
import type { HeatingPolicy, CustomerClass } from '../../../shared/heating-fee.ts';
import { seasonStartYear } from '../../../shared/seasons.ts';
import { DomainError } from '../../../shared/errors.ts';

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

export interface CatalogueItemRow {
  code: string;
  name: string;
  unit: string;
  price_fen: number;
  tax_category: 'vatExempt' | 'taxable';
  active: number;
}

export function catalogueStore(db: Db) {
  const activeItem = db.prepare('SELECT code, name, unit, price_fen, tax_category, active FROM catalogue_items WHERE code = ? AND active = 1');
  return {
    /** An item the counter may sell now. */
    activeItem: (code: string) => activeItem.get(code) as CatalogueItemRow | undefined,
    list: (includeInactive: boolean) =>
      db.prepare(`SELECT code, name, unit, price_fen, tax_category, active FROM catalogue_items ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY code`).all() as CatalogueItemRow[],
    /** Sets an item; returns what it was before (for the audit). */
    set(item: { code: string; name: string; unit: string; priceFen: number; taxCategory: string; active: boolean }, now: Date): unknown {
      const before = db.prepare('SELECT name, unit, price_fen, tax_category, active FROM catalogue_items WHERE code = ?').get(item.code) ?? null;
      db.prepare(
        `INSERT INTO catalogue_items (code, name, unit, price_fen, tax_category, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(code) DO UPDATE SET name = excluded.name, unit = excluded.unit, price_fen = excluded.price_fen,
           tax_category = excluded.tax_category, active = excluded.active, updated_at = excluded.updated_at`,
      ).run(item.code, item.name, item.unit, item.priceFen, item.taxCategory, item.active ? 1 : 0, now.toISOString());
      return before;
    },
  };
}

/** Adds a season's unit price for a class; a price once set is history and is never changed. */
export function addHeatingPrice(db: Db, price: { customerClass: string; fromSeason: string; unitPriceFen: number }, now: Date, operatorId: number | null): void {
  const exists = db.prepare('SELECT 1 FROM heating_prices WHERE customer_class = ? AND from_season = ?').get(price.customerClass, price.fromSeason);
  if (exists) throw new DomainError('conflict', { fromSeason: price.fromSeason, customerClass: price.customerClass }, { key: 'errors:priceExists' });
  db.prepare('INSERT INTO heating_prices (customer_class, from_season, unit_price_fen, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(
    price.customerClass,
    price.fromSeason,
    price.unitPriceFen,
    now.toISOString(),
    operatorId,
  );
}

/** Adds a season's policy; like prices, a policy once set is never changed. */
export function addPolicy(
  db: Db,
  policy: { fromSeason: string; stoppedBaseShareBp: number; lowIncomeReductionBp: number; lateFeePpmPerDay: number; dueMonthDay: string },
  now: Date,
  operatorId: number | null,
): void {
  const exists = db.prepare('SELECT 1 FROM billing_policies WHERE from_season = ?').get(policy.fromSeason);
  if (exists) throw new DomainError('conflict', { fromSeason: policy.fromSeason }, { key: 'errors:policyExists' });
  db.prepare(
    'INSERT INTO billing_policies (from_season, stopped_base_share_bp, low_income_reduction_bp, late_fee_ppm_per_day, due_month_day, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(policy.fromSeason, policy.stoppedBaseShareBp, policy.lowIncomeReductionBp, policy.lateFeePpmPerDay, policy.dueMonthDay, now.toISOString(), operatorId);
}

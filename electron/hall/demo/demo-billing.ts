// The demo branch's price office: the prices and policy the demo accounts were billed with,
// and a small counter price list.
import type { Db } from '../db/open.ts';
import { DEMO_POLICY, DEMO_PRICES_FEN } from '../accounts/index.ts';
import { addHeatingPrice, addPolicy, catalogueStore } from '../billing/index.ts';

export const DEMO_FROM_SEASON = '2020-2021';
export const DEMO_LATE_FEE_PPM_PER_DAY = 500; // 万分之五 per day

export const DEMO_CATALOGUE = [
  { code: 'KS', name: '开栓费', unit: '次', priceFen: 5_000, taxCategory: 'taxable' },
  { code: 'RW', name: '入网费（配套费）', unit: '户', priceFen: 300_000, taxCategory: 'taxable' },
  { code: 'M-FM', name: '维修材料 阀门', unit: '个', priceFen: 3_500, taxCategory: 'taxable' },
  { code: 'M-WKF', name: '温控阀', unit: '个', priceFen: 12_000, taxCategory: 'taxable' },
  { code: 'M-GLQ', name: '过滤器', unit: '个', priceFen: 2_800, taxCategory: 'taxable' },
] as const;

/** Into an empty branch only (prices and policies are history: billing refuses a second one). */
export function seedDemoBilling(db: Db, now: Date): void {
  addHeatingPrice(db, { customerClass: 'residential', fromSeason: DEMO_FROM_SEASON, unitPriceFen: DEMO_PRICES_FEN.residential }, now, null);
  addHeatingPrice(db, { customerClass: 'nonResidential', fromSeason: DEMO_FROM_SEASON, unitPriceFen: DEMO_PRICES_FEN.nonResidential }, now, null);
  addPolicy(db, { fromSeason: DEMO_FROM_SEASON, stoppedBaseShareBp: DEMO_POLICY.stoppedBaseShareBp, lowIncomeReductionBp: DEMO_POLICY.lowIncomeReductionBp, lateFeePpmPerDay: DEMO_LATE_FEE_PPM_PER_DAY, dueMonthDay: '11-30' }, now, null);
  const catalogue = catalogueStore(db);
  for (const item of DEMO_CATALOGUE) catalogue.set({ ...item, active: true }, now);
}

// The demo branch's price office: the prices and policy the demo accounts were billed with,
// and a small counter price list.
import type { Db } from '../db/open.ts';
import { DEMO_POLICY, DEMO_PRICES_FEN } from '../accounts/index.ts';

export const DEMO_FROM_SEASON = '2020-2021';
export const DEMO_LATE_FEE_PPM_PER_DAY = 500; // 万分之五 per day

export const DEMO_CATALOGUE = [
  { code: 'KS', name: '开栓费', unit: '次', priceFen: 5_000, taxCategory: 'taxable' },
  { code: 'RW', name: '入网费（配套费）', unit: '户', priceFen: 300_000, taxCategory: 'taxable' },
  { code: 'M-FM', name: '维修材料 阀门', unit: '个', priceFen: 3_500, taxCategory: 'taxable' },
  { code: 'M-WKF', name: '温控阀', unit: '个', priceFen: 12_000, taxCategory: 'taxable' },
  { code: 'M-GLQ', name: '过滤器', unit: '个', priceFen: 2_800, taxCategory: 'taxable' },
] as const;

export function seedDemoBilling(db: Db, now: Date): void {
  const at = now.toISOString();
  const price = db.prepare('INSERT OR IGNORE INTO heating_prices (customer_class, from_season, unit_price_fen, created_at) VALUES (?, ?, ?, ?)');
  price.run('residential', DEMO_FROM_SEASON, DEMO_PRICES_FEN.residential, at);
  price.run('nonResidential', DEMO_FROM_SEASON, DEMO_PRICES_FEN.nonResidential, at);
  db.prepare(
    'INSERT OR IGNORE INTO billing_policies (from_season, stopped_base_share_bp, low_income_reduction_bp, late_fee_ppm_per_day, due_month_day, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(DEMO_FROM_SEASON, DEMO_POLICY.stoppedBaseShareBp, DEMO_POLICY.lowIncomeReductionBp, DEMO_LATE_FEE_PPM_PER_DAY, '11-30', at);
  const item = db.prepare('INSERT OR IGNORE INTO catalogue_items (code, name, unit, price_fen, tax_category, active, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)');
  for (const i of DEMO_CATALOGUE) item.run(i.code, i.name, i.unit, i.priceFen, i.taxCategory, at);
}

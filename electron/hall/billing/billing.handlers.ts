import type { Handlers, HallServices } from '../handlers.ts';
import { DomainError } from '../../../shared/errors.ts';
import { fen } from '../../../shared/money.ts';
import { localDateOf } from '../../../shared/seasons.ts';
import { ledgerContext } from '../ledger/ledger-context.ts';
import { toSummary } from '../accounts/account-search.ts';
import { issueSeason } from './issue-season.ts';

type BillingHandlers = Pick<Handlers, 'billing.statement' | 'billing.catalogue' | 'billing.setCatalogueItem' | 'billing.setHeatingPrice' | 'billing.setPolicy' | 'billing.issueSeason'>;

export function billingHandlers(services: HallServices): BillingHandlers {
  const { db } = services;
  const ctx = ledgerContext(db);
  const operatorId = (env: { caller: { operator: { id: number } | null } }) => env.caller.operator?.id ?? null;
  return {
    'billing.statement': (input, env) => {
      const account = ctx.accountByNo(input.accountNo);
      const onDate = localDateOf(env.now, env.config.timeZone);
      const charges = ctx.openCharges(account.id, onDate);
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
    },
    'billing.catalogue': (input) => {
      const rows = db
        .prepare(`SELECT code, name, unit, price_fen, tax_category, active FROM catalogue_items ${input.includeInactive ? '' : 'WHERE active = 1'} ORDER BY code`)
        .all() as Array<{ code: string; name: string; unit: string; price_fen: number; tax_category: 'vatExempt' | 'taxable'; active: number }>;
      return { items: rows.map((r) => ({ code: r.code, name: r.name, unit: r.unit, priceFen: fen(r.price_fen), taxCategory: r.tax_category, active: r.active === 1 })) };
    },
    'billing.setCatalogueItem': (input, env) => {
      const before = db.prepare('SELECT name, unit, price_fen, tax_category, active FROM catalogue_items WHERE code = ?').get(input.code) ?? null;
      db.prepare(
        `INSERT INTO catalogue_items (code, name, unit, price_fen, tax_category, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(code) DO UPDATE SET name = excluded.name, unit = excluded.unit, price_fen = excluded.price_fen,
           tax_category = excluded.tax_category, active = excluded.active, updated_at = excluded.updated_at`,
      ).run(input.code, input.name, input.unit, input.priceFen, input.taxCategory, input.active ? 1 : 0, env.now.toISOString());
      env.audit({ action: 'billing.catalogueItemSet', subject: input.code, details: { before, after: input } });
      return { ok: true };
    },
    'billing.setHeatingPrice': (input, env) => {
      const exists = db.prepare('SELECT 1 FROM heating_prices WHERE customer_class = ? AND from_season = ?').get(input.customerClass, input.fromSeason);
      if (exists) throw new DomainError('conflict', { detail: `${input.fromSeason} ${input.customerClass} 已有单价（价格为历史记录，不可修改）` });
      db.prepare('INSERT INTO heating_prices (customer_class, from_season, unit_price_fen, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(
        input.customerClass,
        input.fromSeason,
        input.unitPriceFen,
        env.now.toISOString(),
        operatorId(env),
      );
      env.audit({ action: 'billing.heatingPriceSet', subject: `${input.customerClass}@${input.fromSeason}`, details: { unitPriceFen: input.unitPriceFen } });
      return { ok: true };
    },
    'billing.setPolicy': (input, env) => {
      const exists = db.prepare('SELECT 1 FROM billing_policies WHERE from_season = ?').get(input.fromSeason);
      if (exists) throw new DomainError('conflict', { detail: `${input.fromSeason} 已有收费政策（政策为历史记录，不可修改）` });
      db.prepare(
        'INSERT INTO billing_policies (from_season, stopped_base_share_bp, low_income_reduction_bp, late_fee_ppm_per_day, due_month_day, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(input.fromSeason, input.stoppedBaseShareBp, input.lowIncomeReductionBp, input.lateFeePpmPerDay, input.dueMonthDay, env.now.toISOString(), operatorId(env));
      env.audit({ action: 'billing.policySet', subject: input.fromSeason, details: { ...input } });
      return { ok: true };
    },
    'billing.issueSeason': (input, env) => {
      const result = issueSeason(db, ctx.prices, input.season, env.now);
      env.audit({ action: 'billing.seasonIssued', subject: input.season, details: { ...result } });
      return { ...result, totalFen: fen(result.totalFen) };
    },
  };
}

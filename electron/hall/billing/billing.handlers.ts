// The billing part of the contract: an account's statement, the counter's price list, the
// price office's decisions (prices and policies, kept as history) and issuing a season.
import type { HallServices, HandlerEnv } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { fen } from '../../../shared/money.ts';
import { accountsReader } from '../accounts/index.ts';
import { addHeatingPrice, addPolicy, catalogueStore, priceTable } from './billing-store.ts';
import { openChargesReader, type PaidByCharge } from './open-charges.ts';
import { accountStatement } from './account-statement.ts';
import { issueSeason } from './issue-season.ts';

const operatorId = (env: HandlerEnv) => env.caller.operator?.id ?? null;

export function billingHandlers(services: HallServices, paidByCharge: PaidByCharge): HandlersOf<'billing'> {
  const { db } = services;
  const prices = priceTable(db);
  const accounts = accountsReader(db);
  const openCharges = openChargesReader(accounts, prices, paidByCharge);
  const catalogue = catalogueStore(db);
  return {
    'billing.statement': (input, env) => accountStatement(accounts, openCharges, input.accountNo, env),
    'billing.catalogue': (input) => ({
      items: catalogue.list(input.includeInactive).map((r) => ({ code: r.code, name: r.name, unit: r.unit, priceFen: fen(r.price_fen), taxCategory: r.tax_category, active: r.active === 1 })),
    }),
    'billing.setCatalogueItem': (input, env) => {
      const before = catalogue.set(input, env.now);
      env.audit({ action: 'billing.catalogueItemSet', subject: input.code, details: { before, after: input } });
      return { ok: true };
    },
    'billing.setHeatingPrice': (input, env) => {
      addHeatingPrice(db, input, env.now, operatorId(env));
      env.audit({ action: 'billing.heatingPriceSet', subject: `${input.customerClass}@${input.fromSeason}`, details: { unitPriceFen: input.unitPriceFen } });
      return { ok: true };
    },
    'billing.setPolicy': (input, env) => {
      addPolicy(db, input, env.now, operatorId(env));
      env.audit({ action: 'billing.policySet', subject: input.fromSeason, details: { ...input } });
      return { ok: true };
    },
    'billing.issueSeason': (input, env) => {
      const result = issueSeason(db, prices, input.season, env.now);
      env.audit({ action: 'billing.seasonIssued', subject: input.season, details: { ...result } });
      return { ...result, totalFen: fen(result.totalFen) };
    },
  };
}

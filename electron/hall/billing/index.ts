// The billing module's door: the only file other hall modules import.
//
// Billing owns what is charged: the price office's heating prices and season policies, the
// catalogue of counter items, issuing a season's heating bills (as charges on the accounts)
// and an account's statement. It asks the accounts module for accounts and their charges.
//
// Who owns a payment's charges? The ledger. Which charges a payment paid, and how much, are
// the lines of its ledger entry: hashed, chained, never rewritten, so "paid" has one source
// that the verifier can prove. Billing needs it (open = charged − paid) but does not import
// the ledger: the ledger stands above billing (taking a payment settles billing's open
// charges, so the ledger imports billing), and the hall hands billing the ledger's
// paid-by-charge reader when it assembles the modules. The dependency runs one way.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { billingHandlers } from './billing.handlers.ts';
import type { PaidByCharge } from './open-charges.ts';

export function billingModule(services: HallServices, ledger: { paidByCharge: PaidByCharge }): HallModule<'billing'> {
  return { handlers: billingHandlers(services, ledger.paidByCharge) };
}

export { priceTable, catalogueStore, addHeatingPrice, addPolicy, NO_POLICY, type PriceTable, type SeasonPolicy, type CatalogueItemRow } from './billing-store.ts';
export { openChargesReader, type OpenCharge, type OpenCharges, type PaidByCharge } from './open-charges.ts';

// The accounts module's door: the only file other hall modules import. Accounts owns the
// customer accounts (户号, name, address, class, area …), their charges (what each was
// charged: heating, arrears, counter items) and the record of head-office imports. It
// calls no other domain but the audit log. What was paid on a charge is not here: that is
// the ledger's (see ledger/index.ts).
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { accountsHandlers } from './accounts.handlers.ts';

export function accountsModule(services: HallServices): HallModule<'accounts'> {
  return { handlers: accountsHandlers(services) };
}

export { toSummary, type AccountRow } from './account-search.ts';
export { accountWriter, accountsReader, heatingTaxCategory, type AccountsReader, type ChargeRow, type NewCharge } from './accounts-store.ts';
export { chargeName, feeWords } from './charge-name.ts';
export { accountRecordSchema, type AccountRecord } from './account-record.ts';
export { demoAccounts, DEMO_POLICY, DEMO_PRICES_FEN, DEMO_FIRST_ACCOUNT_NO, type DemoAccountsOptions } from './demo-accounts.ts';
export { ACCOUNT_COLUMNS } from './import-columns.ts';
export { readTable, FileProblem } from './import/read-table.ts';
export { planImport } from './import/import-plan.ts';
export { importFile } from './import/import-file.ts';
export { importReport } from './import/import-report.ts';

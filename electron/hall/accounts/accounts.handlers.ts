// The accounts part of the contract: the cashier's search box, one account, and the head
// office import (preview, then apply as a job).
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { DomainError } from '../../../shared/errors.ts';
import { accountSearch, toSummary } from './account-search.ts';
import { accountsReader } from './accounts-store.ts';
import { importReport, readAndPlan } from './import/import-report.ts';
import { applyImport } from './import/apply-import.ts';

export function accountsHandlers(services: HallServices): HandlersOf<'accounts'> {
  const { db } = services;
  const search = accountSearch(db);
  const accounts = accountsReader(db);
  return {
    'accounts.search': (input) => search(input.text, input.limit),
    'accounts.get': (input) => {
      const row = accounts.byNo(input.accountNo);
      return { ...toSummary(row), community: row.community, building: row.building, unit: row.unit, room: row.room, meterNo: row.meter_no, updatedAt: row.updated_at };
    },
    'accounts.importPreview': async (input, env) => {
      const plan = await readAndPlan(db, Buffer.from(input.base64, 'base64'), input.fileName);
      return importReport(plan, input.fileName, env.caller.locale, null);
    },
    'accounts.importApply': async (input, env) => {
      const outcome = await applyImport(services, env, input);
      if (!outcome.ok) throw new DomainError(outcome.problem.code, outcome.problem.params, { key: `accounts:import.file.${outcome.problem.key}` });
      return importReport(outcome.plan, input.fileName, env.caller.locale, outcome.importId);
    },
  };
}

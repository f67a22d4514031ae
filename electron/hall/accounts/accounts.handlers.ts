import { preparedCommand, type Handlers, type HallServices } from '../handlers.ts';
import { DomainError } from '../../../shared/errors.ts';
import { accountSearch, toSummary, ACCOUNT_COLUMNS_SQL, type AccountRow } from './account-search.ts';
import { asDomainError, importReport, readAndPlan } from './import/import-report.ts';
import { applyPlan, planImport } from './import/import-plan.ts';
import { readTable } from './import/read-table.ts';

type AccountsHandlers = Pick<Handlers, 'accounts.search' | 'accounts.get' | 'accounts.importPreview' | 'accounts.importApply'>;

export function accountsHandlers(services: HallServices): AccountsHandlers {
  const { db } = services;
  const search = accountSearch(db);
  const byNo = db.prepare(`SELECT ${ACCOUNT_COLUMNS_SQL}, community, building, unit, room, meter_no, updated_at FROM accounts WHERE account_no = ?`);
  return {
    'accounts.search': (input) => search(input.text, input.limit),
    'accounts.get': (input) => {
      const row = byNo.get(input.accountNo) as (AccountRow & { community: string; building: string; unit: string; room: string; meter_no: string | null; updated_at: string }) | undefined;
      if (!row) throw new DomainError('not_found', { what: `户号 ${input.accountNo}` });
      return { ...toSummary(row), community: row.community, building: row.building, unit: row.unit, room: row.room, meterNo: row.meter_no, updatedAt: row.updated_at };
    },
    'accounts.importPreview': async (input, env) => {
      const plan = await readAndPlan(db, Buffer.from(input.base64, 'base64'), input.fileName);
      return importReport(plan, input.fileName, env.caller.locale, null);
    },
    // The file is decoded before the transaction; inside it the plan is made again against the
    // accounts as they are at that moment, so the counts reported are the counts written.
    'accounts.importApply': preparedCommand<'accounts.importApply', Awaited<ReturnType<typeof readTable>>>(
      async (input) => {
        try {
          return await readTable(Buffer.from(input.base64, 'base64'), input.fileName);
        } catch (error) {
          throw asDomainError(error);
        }
      },
      (input, env, table) => {
        const bytes = Buffer.from(input.base64, 'base64');
        try {
          const plan = planImport(db, bytes, table);
          if (plan.fileSha256 !== input.previewSha256) throw new DomainError('conflict', {}, { key: 'accounts:import.file.changedSincePreview' });
          if (plan.errors.length > 0) throw new DomainError('invalid_input', { count: plan.errors.length }, { key: 'accounts:import.file.hasErrors' });
          const importId = applyPlan(db, plan, { fileName: input.fileName, operatorId: env.caller.operator?.id ?? null, now: env.now });
          env.audit({ action: 'accounts.imported', subject: input.fileName, details: { importId, sha256: plan.fileSha256, rows: plan.rowsTotal, created: plan.toCreate, updated: plan.toUpdate, arrearsAdded: plan.arrearsToAdd } });
          return importReport(plan, input.fileName, env.caller.locale, importId);
        } catch (error) {
          throw asDomainError(error);
        }
      },
    ),
  };
}

// Reading, planning and reporting an import in the caller's language, shared by the API and the CLI.
import type { Db } from '../../db/open.ts';
import type { Locale } from '../../../../shared/i18n/index.ts';
import type { ImportReport } from '../../../../shared/api/accounts.api.ts';
import { DomainError } from '../../../../shared/errors.ts';
import { translate } from '../../i18n.ts';
import { planImport, type ImportPlan } from './import-plan.ts';
import { FileProblem, readTable } from './read-table.ts';

/** Reads and plans a file; a file-level problem becomes a DomainError with its message key. */
export async function readAndPlan(db: Db, bytes: Uint8Array, fileName: string, onProgress?: (done: number, total: number) => void): Promise<ImportPlan> {
  try {
    return planImport(db, bytes, await readTable(bytes, fileName), onProgress);
  } catch (error) {
    throw asDomainError(error);
  }
}

export function asDomainError(error: unknown): unknown {
  return error instanceof FileProblem ? new DomainError('invalid_input', error.params, { key: `accounts:import.file.${error.key}` }) : error;
}

export function importReport(plan: ImportPlan, fileName: string, locale: Locale, importId: number | null): ImportReport {
  return {
    fileName,
    fileSha256: plan.fileSha256,
    format: plan.format,
    encoding: plan.encoding,
    rowsTotal: plan.rowsTotal,
    valid: plan.valid ?? plan.records.length,
    toCreate: plan.toCreate,
    toUpdate: plan.toUpdate,
    unchanged: plan.unchanged,
    arrearsToAdd: plan.arrearsToAdd,
    arrearsDiffering: plan.arrearsDiffering,
    ignoredColumns: plan.ignoredColumns,
    errors: plan.errors.map((e) => ({ row: e.row, column: e.column, reason: translate(locale, `accounts:import.reasons.${e.reason}`, e.params), value: e.value })),
    importId,
  };
}

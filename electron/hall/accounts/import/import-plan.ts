// The dry run and the apply of a head office import. The dry run reads the whole file and
// says what would happen: accounts created, updated, unchanged, arrears added, and every
// bad row. Apply repeats the dry run inside its transaction and refuses a file with any bad
// row, so an import is all or nothing; it never touches the ledger, only accounts and
// insert-only arrears charges.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import type { AccountRecord } from '../account-record.ts';
import { accountWriter } from '../accounts-store.ts';
import { mapColumns, parseRow, type RowError } from './parse-rows.ts';
import { FileProblem, type Table } from './read-table.ts';

export interface ImportPlan {
  fileSha256: string;
  format: Table['format'];
  encoding: Table['encoding'];
  rowsTotal: number;
  records: AccountRecord[];
  /** how many rows are good (kept when the records themselves are left behind in a worker) */
  valid?: number;
  errors: RowError[];
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  arrearsToAdd: number;
  /** arrears for a season the branch already holds with another amount: kept as booked */
  arrearsDiffering: Array<{ accountNo: string; season: string; bookedFen: number; fileFen: number }>;
  ignoredColumns: string[];
}

interface ExistingRow {
  id: number;
  name: string;
  community: string;
  building: string;
  unit: string;
  room: string;
  address: string;
  phone: string;
  customer_class: string;
  heated_area_centi_m2: number;
  heating_status: string;
  low_income: number;
  meter_no: string | null;
}

function sameAccount(a: ExistingRow, r: AccountRecord): boolean {
  return (
    a.name === r.name &&
    a.community === r.community &&
    a.building === r.building &&
    a.unit === r.unit &&
    a.room === r.room &&
    a.address === r.address &&
    a.phone === r.phone &&
    a.customer_class === r.customerClass &&
    a.heated_area_centi_m2 === r.heatedAreaCentiM2 &&
    a.heating_status === r.heatingStatus &&
    a.low_income === (r.lowIncome ? 1 : 0) &&
    a.meter_no === r.meterNo
  );
}

export function planImport(db: Db, bytes: Uint8Array, table: Table, onProgress?: (done: number, total: number) => void): ImportPlan {
  const header = table.rows[0];
  if (!header || header.every((h) => !h.trim())) throw new FileProblem('empty');
  const map = mapColumns(header);
  const existing = db.prepare('SELECT id, name, community, building, unit, room, address, phone, customer_class, heated_area_centi_m2, heating_status, low_income, meter_no FROM accounts WHERE account_no = ?');
  const arrearsOf = db.prepare("SELECT season, amount_fen FROM charges WHERE account_id = ? AND kind = 'arrears'");
  const plan: ImportPlan = {
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    format: table.format,
    encoding: table.encoding,
    rowsTotal: 0,
    records: [],
    errors: [],
    toCreate: 0,
    toUpdate: 0,
    unchanged: 0,
    arrearsToAdd: 0,
    arrearsDiffering: [],
    ignoredColumns: map.ignored,
  };
  const firstRow = new Map<string, number>();
  const total = table.rows.length - 1;
  for (let i = 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (cells.every((c) => !c.trim())) continue;
    plan.rowsTotal++;
    const rowNumber = i + 1; // as Excel numbers rows, header = 1
    const record = parseRow(cells, rowNumber, map, plan.errors);
    if (i % 10_000 === 0) onProgress?.(i, total);
    if (!record) continue;
    const seen = firstRow.get(record.accountNo);
    if (seen !== undefined) {
      plan.errors.push({ row: rowNumber, column: map.headers[map.fields.get('accountNo')!]!, reason: 'duplicateAccount', params: { firstRow: seen }, value: record.accountNo });
      continue;
    }
    firstRow.set(record.accountNo, rowNumber);
    plan.records.push(record);
    const row = existing.get(record.accountNo) as ExistingRow | undefined;
    if (!row) {
      plan.toCreate++;
      plan.arrearsToAdd += record.arrears.length;
      continue;
    }
    if (sameAccount(row, record)) plan.unchanged++;
    else plan.toUpdate++;
    const booked = new Map((arrearsOf.all(row.id) as Array<{ season: string; amount_fen: number }>).map((a) => [a.season, a.amount_fen]));
    for (const a of record.arrears) {
      const b = booked.get(a.season);
      if (b === undefined) plan.arrearsToAdd++;
      else if (b !== a.amountFen) plan.arrearsDiffering.push({ accountNo: record.accountNo, season: a.season, bookedFen: b, fileFen: a.amountFen });
    }
  }
  onProgress?.(total, total);
  return plan;
}

/** Writes a clean plan. Runs inside the caller's transaction. */
export function applyPlan(db: Db, plan: ImportPlan, meta: { fileName: string; operatorId: number | null; now: Date }, onProgress?: (done: number, total: number) => void): number {
  if (plan.errors.length > 0) throw new FileProblem('hasErrors', { count: plan.errors.length });
  const writer = accountWriter(db, meta.now);
  const info = db
    .prepare('INSERT INTO account_imports (file_name, file_sha256, operator_id, rows_total, accounts_created, accounts_updated, accounts_unchanged, arrears_added, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(meta.fileName, plan.fileSha256, meta.operatorId, plan.rowsTotal, plan.toCreate, plan.toUpdate, plan.unchanged, plan.arrearsToAdd, meta.now.toISOString());
  const importId = Number(info.lastInsertRowid);
  const source = `import:${importId}`;
  plan.records.forEach((record, i) => {
    writer.write(record, source);
    if (i % 10_000 === 0) onProgress?.(i, plan.records.length);
  });
  onProgress?.(plan.records.length, plan.records.length);
  return importId;
}

// Head office rows → account records, every cell checked. A bad cell becomes a row error
// (row number as the user sees it in Excel, the column's header, the reason); a good row
// becomes an AccountRecord. Nothing here touches the database.
import { ACCOUNT_COLUMNS, CLASS_WORDS, SEASON_ARREARS_HEADER, STATUS_WORDS, YES_NO_WORDS, type AccountField } from '../import-columns.ts';
import { accountRecordSchema, type AccountRecord } from '../account-record.ts';
import { canonicalPart, composeAddress, parseAddressFragment } from '../address.ts';
import { parseYuan, MoneyError } from '../../../../shared/money.ts';
import { seasonSchema } from '../../../../shared/seasons.ts';
import { FileProblem } from './read-table.ts';

export interface RowError {
  row: number;
  column: string;
  /** message key under accounts:import.reasons */
  reason: string;
  /** values the reason's sentence names (the row an account number was first seen on) */
  params?: Record<string, number>;
  value: string;
}

export interface ColumnMap {
  fields: Map<AccountField, number>;
  seasonArrears: Array<{ season: string; index: number }>;
  headers: string[];
  ignored: string[];
}

const normalise = (h: string) => h.replace(/^\uFEFF/, '').trim().toLowerCase();

export function mapColumns(header: string[]): ColumnMap {
  const fields = new Map<AccountField, number>();
  const seasonArrears: ColumnMap['seasonArrears'] = [];
  const ignored: string[] = [];
  header.forEach((raw, index) => {
    const h = normalise(raw);
    if (!h) return;
    const spec = ACCOUNT_COLUMNS.find((c) => c.aliases.some((a) => a.toLowerCase() === h));
    const season = SEASON_ARREARS_HEADER.exec(raw.trim());
    if (spec) {
      if (fields.has(spec.field)) throw new FileProblem('duplicateColumn', { column: raw.trim() });
      fields.set(spec.field, index);
    } else if (season) seasonArrears.push({ season: (season[1] ?? season[2])!, index });
    else ignored.push(raw.trim());
  });
  const missing = ACCOUNT_COLUMNS.filter((c) => c.required && !fields.has(c.field)).map((c) => c.zh);
  if (!fields.has('address') && !fields.has('community')) missing.push(headerOf('address'));
  if (missing.length > 0) throw new FileProblem('missingColumns', { columns: missing.join('、') });
  return { fields, seasonArrears, headers: header.map((h) => h.trim()), ignored };
}

const headerOf = (field: AccountField): string => ACCOUNT_COLUMNS.find((c) => c.field === field)!.zh;

/** "89.37" → 8937 (0.01 m²), exactly, through the string; at most two decimals. */
export function parseArea(text: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.replace(/[㎡m²\s]/g, ''));
  if (!m) return null;
  const whole = Number(m[1]!.replaceAll(',', ''));
  if (whole > 999_999) return null;
  return whole * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function parseRow(cells: string[], rowNumber: number, map: ColumnMap, errors: RowError[]): AccountRecord | null {
  const before = errors.length;
  const cell = (f: AccountField) => {
    const i = map.fields.get(f);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const header = (f: AccountField) => map.headers[map.fields.get(f) ?? -1] ?? ACCOUNT_COLUMNS.find((c) => c.field === f)!.zh;
  const isField = (f: string): f is AccountField => ACCOUNT_COLUMNS.some((c) => c.field === f);
  const fail = (f: AccountField | string, reason: string, value: string) => errors.push({ row: rowNumber, column: isField(f) ? header(f) : f, reason, value });

  const accountNo = cell('accountNo');
  if (!accountNo) fail('accountNo', 'required', accountNo);
  else if (!/^[0-9A-Za-z-]{4,20}$/.test(accountNo)) fail('accountNo', 'accountNo', accountNo);
  const name = cell('name');
  if (!name) fail('name', 'required', name);
  else if (name.length > 60) fail('name', 'tooLong', name);
  const classText = cell('customerClass');
  const customerClass = CLASS_WORDS[classText.toLowerCase()] ?? CLASS_WORDS[classText];
  if (!customerClass) fail('customerClass', 'customerClass', classText);
  const areaText = cell('heatedArea');
  const area = parseArea(areaText);
  if (area === null) fail('heatedArea', 'area', areaText);
  const statusText = cell('heatingStatus');
  const status = STATUS_WORDS[statusText.toLowerCase()] ?? STATUS_WORDS[statusText];
  if (!status) fail('heatingStatus', 'status', statusText);
  const lowText = cell('lowIncome');
  const lowIncome = YES_NO_WORDS[lowText.toLowerCase()] ?? YES_NO_WORDS[lowText];
  if (lowIncome === undefined) fail('lowIncome', 'yesNo', lowText);
  const phone = cell('phone').replace(/[\s-]/g, '');
  if (phone && !/^(1[3-9]\d{9}|0\d{9,11}|\d{7,8})$/.test(phone)) fail('phone', 'phone', cell('phone'));

  let parts = { community: cell('community'), building: cell('building'), unit: cell('unit'), room: cell('room') };
  parts = { community: parts.community, building: canonicalPart('building', parts.building), unit: canonicalPart('unit', parts.unit), room: canonicalPart('room', parts.room) };
  let address = cell('address');
  if (!address) address = composeAddress(parts);
  else if (!parts.building && !parts.unit) {
    const parsed = parseAddressFragment(address);
    parts = { community: parts.community || (parsed.community ?? ''), building: parsed.building ?? '', unit: parsed.unit ?? '', room: parsed.room ?? '' };
  }
  if (!address) fail('address', 'required', '');

  const arrears: AccountRecord['arrears'] = [];
  const addArrears = (column: string, seasonText: string, amountText: string) => {
    if (!amountText || amountText === '0' || amountText === '0.00') return;
    let amount: number;
    try {
      amount = parseYuan(amountText);
    } catch (error) {
      if (!(error instanceof MoneyError)) throw error;
      fail(column, 'amount', amountText);
      return;
    }
    if (amount < 0) return void fail(column, 'amount', amountText);
    if (!seasonSchema.safeParse(seasonText).success) return void fail(column, 'season', seasonText);
    if (arrears.some((a) => a.season === seasonText)) return void fail(column, 'duplicateSeason', seasonText);
    if (amount > 0) arrears.push({ season: seasonText, amountFen: amount as never });
  };
  for (const { season, index } of map.seasonArrears) addArrears(map.headers[index]!, season, (cells[index] ?? '').trim());
  if (map.fields.has('arrears')) addArrears(header('arrears'), cell('arrearsSeason'), cell('arrears'));

  if (errors.length > before) {
    // in the order of the file's columns, as the user reads the row
    const position = (column: string) => {
      const i = map.headers.indexOf(column);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    const mine = errors.splice(before).sort((a, b) => position(a.column) - position(b.column));
    errors.push(...mine);
    return null;
  }
  const record = {
    accountNo,
    name,
    ...parts,
    address,
    phone,
    customerClass: customerClass!,
    heatedAreaCentiM2: area!,
    heatingStatus: status!,
    lowIncome: lowIncome!,
    meterNo: cell('meterNo') || null,
    arrears: arrears.sort((a, b) => a.season.localeCompare(b.season)),
  };
  const checked = accountRecordSchema.safeParse(record);
  if (!checked.success) {
    for (const issue of checked.error.issues) fail(String(issue.path[0] ?? ''), 'invalid', String((record as Record<string, unknown>)[String(issue.path[0])] ?? ''));
    return null;
  }
  return checked.data;
}

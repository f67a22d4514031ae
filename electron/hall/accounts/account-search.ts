// The cashier's one search box. The text is read as every kind of query it could be (a
// scanned bill, a 户号, a phone number, pinyin, a name, an address) and each kind is a range
// scan on its own index (migration 0040), so no query reads the whole table. Results are
// ranked by how strong the match is: a scanned or exact 户号 first, an address fragment last.
import type { Db } from '../db/open.ts';
import type { AccountSummary, SearchMatch } from '../../../shared/api/accounts.api.ts';
import { accountNoFromScan } from '../../../shared/scanned-code.ts';
import { parseAddressFragment } from './address.ts';

export interface AccountRow {
  id: number;
  account_no: string;
  name: string;
  address: string;
  phone: string;
  customer_class: 'residential' | 'nonResidential';
  heated_area_centi_m2: number;
  heating_status: 'normal' | 'stopped';
  low_income: number;
}

export const ACCOUNT_COLUMNS_SQL = 'id, account_no, name, address, phone, customer_class, heated_area_centi_m2, heating_status, low_income';

export function toSummary(row: AccountRow): AccountSummary {
  return {
    id: row.id,
    accountNo: row.account_no,
    name: row.name,
    address: row.address,
    phone: row.phone,
    customerClass: row.customer_class,
    heatedAreaCentiM2: row.heated_area_centi_m2,
    heatingStatus: row.heating_status,
    lowIncome: row.low_income === 1,
  };
}

/** The largest code point: `prefix ≤ x < prefix + TOP` is "x starts with prefix" as an index range. */
const TOP = '\u{10FFFF}';

type Probe = { match: SearchMatch; sql: string; params: (string | number)[] };

export function accountSearchProbes(text: string): Probe[] {
  const probes: Probe[] = [];
  const cols = `SELECT ${ACCOUNT_COLUMNS_SQL} FROM accounts`;
  const scanned = accountNoFromScan(text);
  if (scanned) return [{ match: 'scan', sql: `${cols} WHERE account_no = ?`, params: [scanned] }];
  const compact = text.replace(/[\s-]/g, '');
  if (/^[0-9A-Za-z-]+$/.test(text) && /\d/.test(text)) {
    probes.push({ match: 'accountNo', sql: `${cols} WHERE account_no = ?`, params: [text] });
  }
  if (/^\d+$/.test(compact)) {
    if (compact.length >= 7) probes.push({ match: 'phone', sql: `${cols} WHERE phone = ? AND phone <> ''`, params: [compact] });
    if (compact.length >= 2) probes.push({ match: 'accountNoPrefix', sql: `${cols} WHERE account_no > ? AND account_no < ? ORDER BY account_no`, params: [compact, compact + TOP] });
    if (compact.length === 4) probes.push({ match: 'phoneLast4', sql: `${cols} WHERE phone_last4 = ? AND phone_last4 <> ''`, params: [compact] });
  }
  const latin = text.toLowerCase().replace(/[\s']/g, '').replace(/ü/g, 'v');
  if (/^[a-z]+$/.test(latin)) {
    probes.push({ match: 'pinyin', sql: `${cols} WHERE name_pinyin = ?`, params: [latin] });
    probes.push({ match: 'initials', sql: `${cols} WHERE name_initials = ?`, params: [latin] });
    probes.push({ match: 'pinyinPrefix', sql: `${cols} WHERE name_pinyin > ? AND name_pinyin < ? ORDER BY name_pinyin`, params: [latin, latin + TOP] });
    probes.push({ match: 'initials', sql: `${cols} WHERE name_initials > ? AND name_initials < ? ORDER BY name_initials`, params: [latin, latin + TOP] });
  }
  if (/\p{Script=Han}/u.test(text) || /^\d+-\d+(-\d+)?$/.test(text)) {
    const nameText = text.replace(/\s+/g, '');
    if (/^\p{Script=Han}+$/u.test(nameText)) {
      probes.push({ match: 'name', sql: `${cols} WHERE name = ?`, params: [nameText] });
      probes.push({ match: 'namePrefix', sql: `${cols} WHERE name > ? AND name < ? ORDER BY name`, params: [nameText, nameText + TOP] });
    }
    probes.push(...addressProbes(text.replace(/\s+/g, ''), cols));
  }
  return probes;
}

function addressProbes(text: string, cols: string): Probe[] {
  const parts = parseAddressFragment(text);
  if (parts.community) {
    // Exact community first (a full index seek), then the community as a prefix, so
    // "幸福小区" also finds "幸福小区二期".
    const rest: string[] = [];
    const restParams: string[] = [];
    for (const key of ['building', 'unit', 'room'] as const) {
      const value = parts[key];
      if (value) {
        rest.push(` AND ${key} = ?`);
        restParams.push(value);
      }
    }
    const and = rest.join('');
    return [
      { match: 'address', sql: `${cols} INDEXED BY accounts_by_community WHERE community = ?${and}`, params: [parts.community, ...restParams] },
      { match: 'address', sql: `${cols} INDEXED BY accounts_by_community WHERE community > ? AND community < ?${and}`, params: [parts.community, parts.community + TOP, ...restParams] },
    ];
  }
  if (parts.building) {
    const where = ['building = ?'];
    const params: string[] = [parts.building];
    for (const key of ['unit', 'room'] as const) {
      const value = parts[key];
      if (value) {
        where.push(`${key} = ?`);
        params.push(value);
      }
    }
    return [{ match: 'address', sql: `${cols} INDEXED BY accounts_by_building WHERE ${where.join(' AND ')}`, params }];
  }
  return [];
}

export interface SearchResult {
  results: Array<AccountSummary & { match: SearchMatch }>;
  more: boolean;
}

export function accountSearch(db: Db) {
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  const statement = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(`${sql} LIMIT ?`);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  return function search(text: string, limit: number): SearchResult {
    const seen = new Set<number>();
    const results: SearchResult['results'] = [];
    // One more than asked for tells whether there are more.
    for (const probe of accountSearchProbes(text.trim())) {
      const wanted = limit + 1 - results.length;
      const rows = statement(probe.sql).all([...probe.params, wanted + seen.size]) as AccountRow[];
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        results.push({ ...toSummary(row), match: probe.match });
        if (results.length > limit) break;
      }
      if (results.length > limit) break;
    }
    const more = results.length > limit;
    if (more) results.length = limit;
    return { results, more };
  };
}

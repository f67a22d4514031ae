// docs/errors.md, generated from the catalogues: every message a person can be shown for a
// refused or failed call, in the three languages side by side. The test that regenerates it
// (tests/hall/foundation/error-messages.test.ts) fails when a language lacks one.
import { catalogues, LOCALES, type Namespace } from '../../shared/i18n/index.ts';
import { errorMessage } from './i18n.ts';

/** The error namespace's own sections, first in the table. */
const GENERAL_SECTIONS: ReadonlyArray<{ key: string; title: string }> = [
  { key: 'errors', title: 'Every call (API error codes, not found, conflicts, the request itself, the connection)' },
  { key: 'errors:issues', title: 'Invalid input: what is wrong with a field (shown as “<field>: <problem>”)' },
  { key: 'errors:formats', title: 'Invalid input: the expected format of a field' },
];

/** Messages a person meets that a module keeps outside its `errors` branch. */
const OTHER_SECTIONS: ReadonlyArray<{ key: string; title: string }> = [
  { key: 'printing:status', title: 'Printer problems' },
  { key: 'staff:pin', title: 'A new PIN refused by the branch’s PIN rules' },
  { key: 'accounts:import.file', title: 'Accounts import: the file' },
  { key: 'accounts:import.reasons', title: 'Accounts import: a row' },
];

/** Headings for modules' `errors` branches; a module without one here is headed by its namespace. */
const MODULE_TITLES: Partial<Record<Namespace, string>> = {
  ledger: 'Payments and reversals',
  queue: 'Queue',
  customer: 'Customer display and ratings',
  shifts: 'Shifts and cash movements',
  dayclose: 'Day close and invoice requests',
  registers: 'Call-backs and complaints',
  printing: 'Printing',
  net: 'Sign-in, approvals and the branch network',
  backup: 'Backups',
  staff: 'Staff and first-run setup',
};

/**
 * Where the catalogues keep errors: `errors` itself, every module's `errors` branch (found in the
 * catalogues, so a new module's errors are in the table without anyone listing them), then the
 * few messages kept elsewhere.
 */
export const ERROR_SECTIONS: ReadonlyArray<{ key: string; title: string }> = [
  ...GENERAL_SECTIONS,
  ...(Object.keys(catalogues) as Namespace[])
    .filter((ns) => ns !== 'errors' && typeof (catalogues[ns]['zh-CN'] as Record<string, unknown>).errors === 'object')
    .map((ns) => ({ key: `${ns}:errors`, title: MODULE_TITLES[ns] ?? ns })),
  ...OTHER_SECTIONS,
];

/** Words, not errors, that live in the errors namespace. */
const NOT_ERRORS = new Set(['issue', 'issueSeparator', 'issues', 'formats', 'fields', 'roles', 'customerClasses']);

/** A value for every parameter a message may take, so each renders whole. */
export const SAMPLE_PARAMS: Record<string, string | number> = {
  path: '/var/lib/counterdesk/counterdesk.db',
  dir: '/etc/cron.d',
  accountNo: '10000099', receiptNo: 'W03-00000123', windowNo: 7, jobId: 42, role: 'kiosk', customerClass: 'nonResidential',
  fromSeason: '2026-2027', limitKb: 8192, ref: '3f2a9c1b', method: 'ledger.stealMoney', detail: 'ECONNREFUSED',
  minimum: 4, maximum: 32, keys: 'sneaky', divisor: 100, key: 'a1b2', receiptNoOf: 'W03-00000120', by: 'W03-00000124',
  code: 'KS', date: '2026-11-23', later: '2026-11-24', windows: '1, 2', chargeId: 17, amount: '¥5,000.00', inDrawer: '¥3,200.00', difference: '¥12.50', expected: '¥120.00', actual: '¥125.50', tendered: '¥100.00', total: '¥120.00', received: '¥50.00', due: '¥120.00',
  limit: 3, n: 3, ticketNo: 'A023', managerCode: '9001', minutes: 30, opensAt: '08:30', stopsAt: '16:45', letter: 'A', id: 42, target: 'window:3',
  line: 12, columns: 'accountNo, name', column: 'accountNo', count: 3, reason: 'hash mismatch', season: '2026-2027', seq: 1024, ms: 3000, byte: '0x7f', min: 4, max: 12, seconds: 5, status: 'paperOut',
  deviceId: 12, deviceWindow: 3, operatorName: 'Li Ming', operatorCode: '1002', found: 935, newest: 930, firstRow: 2,
};

export interface ErrorRow {
  key: string;
  messages: Record<(typeof LOCALES)[number], string>;
}

function leaves(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
}

/** The error message keys of one section, walked from the zh-CN catalogue (the others have the same shape by type). */
function sectionKeys(section: string): string[] {
  const [ns, path = ''] = section.split(':') as [Namespace, string?];
  let node: unknown = catalogues[ns]['zh-CN'];
  for (const part of path.split('.').filter(Boolean)) node = (node as Record<string, unknown>)[part];
  const entries = Object.entries(node as Record<string, unknown>).filter(([k]) => section !== 'errors' || !NOT_ERRORS.has(k));
  return entries.flatMap(([k, v]) => leaves(v, path ? `${ns}:${path}.${k}` : `${ns}:${k}`));
}

/** Every error message key of every section. */
export function errorKeys(): string[] {
  return ERROR_SECTIONS.flatMap(({ key }) => sectionKeys(key));
}

function row(key: string): ErrorRow {
  return { key, messages: Object.fromEntries(LOCALES.map((locale) => [locale, errorMessage(locale, key, SAMPLE_PARAMS)])) as ErrorRow['messages'] };
}

export function errorRows(): ErrorRow[] {
  return errorKeys().map(row);
}

export function renderErrorDocs(): string {
  const lines = ['# Error messages', '', 'Generated from `shared/i18n/catalog/*` by `npm run docs:api`; do not edit by hand. Parameters are filled with sample values.', ''];
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  for (const section of ERROR_SECTIONS) {
    lines.push(`## ${section.title}`, '', '| key | zh-CN | zh-TW | en |', '|---|---|---|---|');
    for (const r of sectionKeys(section.key).map(row)) lines.push(`| \`${r.key}\` | ${cell(r.messages['zh-CN'])} | ${cell(r.messages['zh-TW'])} | ${cell(r.messages.en)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

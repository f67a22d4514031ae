// Every error a person can meet, walked from the catalogues and put into words in each
// language, so none is missing or half-filled; and every message key the hall's code raises
// is one of them. The same walk writes docs/errors.md (`npm run docs:api`).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorKeys, errorRows, renderErrorDocs } from '../../../electron/hall/error-docs.ts';
import { catalogues, LOCALES } from '../../../shared/i18n/index.ts';
import { ROLES } from '../../../shared/roles.ts';
import { API_ERROR_CODES } from '../../../shared/errors.ts';
import { errorMessage } from '../../../electron/hall/i18n.ts';

const HALL = join(import.meta.dirname, '../../../electron/hall');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Message keys as the hall's code names them: literal keys, and the modules' error helpers. */
function keysRaisedInCode(): Set<string> {
  const found = new Set<string>();
  const helpers: Array<[RegExp, string]> = [
    [/queueError\('(\w+)'/g, 'queue:errors.'],
    [/printingError\('(\w+)'/g, 'printing:errors.'],
    [/\berr\('(\w+)'/g, 'ledger:errors.'],
    [/new DomainError\('(\w+)'(?![^)]*key:)/g, 'errors:'],
  ];
  for (const file of sources(HALL).filter((f) => !f.endsWith('error-docs.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(new RegExp(`key: '((?:${Object.keys(catalogues).join('|')}):[\\w.]+)'`, 'g'))) found.add(m[1]!);
    for (const [pattern, prefix] of helpers) for (const m of text.matchAll(pattern)) found.add(prefix + m[1]!);
  }
  return found;
}

describe('error messages', () => {
  it('put every error into words in every language, with every parameter filled', () => {
    const rows = errorRows();
    expect(rows.length).toBeGreaterThan(80);
    for (const row of rows) {
      for (const locale of LOCALES) {
        const text = row.messages[locale];
        expect(text, `${row.key} ${locale}`).not.toBe(row.key);
        expect(text, `${row.key} ${locale}`).not.toMatch(/\{\{|\}\}|\$t\(/);
        // (an import row's reasons quote the head office file's own Chinese words)
        if (locale === 'en' && !row.key.startsWith('accounts:import.reasons')) expect(text, `${row.key} en`).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('has a message for every API error code and every key the hall raises', () => {
    const keys = new Set(errorKeys());
    for (const code of API_ERROR_CODES) expect(keys, code).toContain(`errors:${code}`);
    for (const key of keysRaisedInCode()) expect(keys, `raised in electron/hall but not in a catalogue: ${key}`).toContain(key);
  });

  it('has every module’s errors branch in the table, without anyone listing it', () => {
    const keys = new Set(errorKeys());
    const leaves = (node: unknown, path: string): string[] => (typeof node === 'string' ? [path] : Object.entries(node as object).flatMap(([k, v]) => leaves(v, `${path}.${k}`)));
    for (const [ns, catalogue] of Object.entries(catalogues)) {
      const branch = (catalogue['zh-CN'] as Record<string, unknown>).errors;
      if (ns === 'errors' || typeof branch !== 'object') continue;
      for (const key of leaves(branch, `${ns}:errors`)) expect(keys, key).toContain(key);
    }
  });

  it('says roles and customer classes as words, not codes', () => {
    for (const role of ROLES) {
      for (const locale of ["zh-CN", "zh-TW"] as const) expect(errorMessage(locale, "forbidden", { role }), `${role} ${locale}`).not.toMatch(new RegExp(`[(（]${role}[)）]`));
    }
    expect(errorMessage('zh-CN', 'forbidden', { role: 'kiosk' })).toBe('当前身份（取号机）无权执行此操作');
    expect(errorMessage('en', 'errors:notFound.account', { accountNo: '99999999' })).toBe('No account with number 99999999');
  });

  it('docs/errors.md is the table of them all (run `npm run docs:api`)', () => {
    expect(readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8')).toBe(renderErrorDocs());
  });
});

import { describe, it, expect } from 'vitest';
import { catalogues, LOCALES } from '../../shared/i18n/index.ts';
import { API_ERROR_CODES } from '../../shared/errors.ts';

function flatten(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  for (const [ns, catalogue] of Object.entries(catalogues)) {
    it(`${ns}: every language has every key, none empty, same placeholders`, () => {
      const reference = flatten(catalogue['zh-CN']);
      for (const locale of LOCALES) {
        const messages = flatten(catalogue[locale]);
        expect([...messages.keys()].sort(), `${ns} ${locale}`).toEqual([...reference.keys()].sort());
        for (const [key, text] of messages) {
          expect(text.trim().length, `${ns}:${key} (${locale})`).toBeGreaterThan(0);
          expect(placeholders(text), `${ns}:${key} (${locale})`).toEqual(placeholders(reference.get(key)!));
        }
      }
    });
  }

  it('has a message for every API error code', () => {
    const zh = flatten(catalogues.errors['zh-CN']);
    for (const code of API_ERROR_CODES) expect(zh.has(code), code).toBe(true);
  });

  it('zh-TW is not a copy of zh-CN', () => {
    const zhCN = flatten(catalogues.common['zh-CN']);
    const zhTW = flatten(catalogues.common['zh-TW']);
    expect(zhTW.get('screens.counter')).not.toBe(zhCN.get('screens.counter'));
  });
});

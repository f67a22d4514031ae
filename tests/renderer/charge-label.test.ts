// A season's heating fee and arrears are named in the screen's language, whatever language they
// were booked in; a counter item keeps its own name.
import { describe, it, expect } from 'vitest';
import i18next from 'i18next';
import { i18nResources } from '../../shared/i18n/index.ts';
import { chargeLabel } from '../../renderer/counter/account/charge-label.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: i18nResources() as never, lng: 'zh-CN', defaultNS: 'common', interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false } as never);

describe('charge label', () => {
  const heating = { kind: 'heating', season: '2026-2027', description: '2026-2027 采暖费' };
  const arrears = { kind: 'arrears', season: '2025-2026', description: '2025-2026 往年欠费' };
  it.each([
    ['en', heating, 'Heating 2026-2027'],
    ['en', arrears, 'Arrears 2025-2026'],
    ['zh-TW', heating, '2026-2027 採暖費'],
    ['zh-CN', arrears, '2025-2026 往年欠费'],
    ['en', { kind: 'item', season: null, description: '开栓费' }, '开栓费'],
  ])('%s: %o → %s', (locale, charge, expected) => {
    expect(chargeLabel(charge, i18n.getFixedT(locale))).toBe(expected);
  });
});

// Words on a screen come from the catalogues: a Chinese literal in a screen or the shell fails lint.
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: { linterOptions: { reportUnusedDisableDirectives: 'off' } } });

async function wordErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && /catalogues/.test(m.message)).length;
}

describe('screen words lint', () => {
  it.each([
    ['renderer/counter/X.tsx', "export const X = () => <p>请稍候</p>;", 1],
    ['renderer/counter/X.tsx', "export const x = '暂停营业';", 1],
    ['renderer/kiosk/X.tsx', 'export const x = (n: number) => `第 ${n} 号`;', 2], // one per piece of the template,
    ['renderer/counter/X.tsx', "export const x = `（${1}）`;", 2],
    ['electron/main/x.ts', "export const title = '柜台通';", 1],
    ['renderer/counter/X.tsx', "export const X = ({ t }: { t: (k: string) => string }) => <p>{t('counter:wait')}</p>;", 0],
    ['shared/i18n/catalog/x.ts', "export const x = { wait: '请稍候' };", 0],
  ])('%s: %s → %i', async (path, code, expected) => {
    expect(await wordErrors(path, code)).toBe(expected);
  });
});

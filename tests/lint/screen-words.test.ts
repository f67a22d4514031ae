// Words a person reads come from the catalogues: a Chinese literal in a screen, the shell or the
// hall fails lint, except in the named places where Chinese is data, paper or the demo.
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
    // the hall: what it says to a person comes from the catalogues too
    ['electron/hall/x.ts', "export const subject = (no: string) => `冲正 ${no}`;", 1],
    ['electron/hall/queue/x.ts', "export const label = (n: number) => `${n}号窗口`;", 1],
    ['electron/hall/ledger/x.handlers.ts', "export const x = '收费';", 1],
    ['electron/hall/ledger/x.handlers.ts', "export const x = (db: { prepare(s: string): void }) => db.prepare('SELECT 1');", 0], // (counted below: SQL, not words)
    ['electron/start.ts', "console.log('正在下载');", 1], // the demo starter's console too
    ['electron/hall/cli/x.ts', "console.log('已恢复 restored');", 1],
    ['electron/hall/x.ts', "export const x = 'window 3';", 0],
    // …except where the Chinese is not a sentence but data, paper or the demo
    ['electron/hall/demo/x.ts', "export const name = '王晓梅';", 0],
    ['electron/hall/printing/layouts/x.ts', "export const mark = '补打';", 0],
    ['electron/hall/accounts/address.ts', "export const unit = /(\\d+)\\s*单元/u;", 0],
    ['electron/hall/accounts/import-columns.ts', "export const header = '户号';", 0],
    ['electron/hall/ledger/day-export-format.ts', "export const header = ['营业日期'];", 0],
    // shared/: a fee's words, a default a person reads
    ['shared/x.ts', "export const detail = (p: string) => `低保减免${p}`;", 1],
    ['shared/api/x.api.ts', "export const x = { summary: 'Reverses (冲正) a payment', notice: '过号请到服务台' };", 1], // the notice, not the summary
    ['shared/money.ts', "export const capital = ['零', '壹'];", 0],
    ['shared/api/hall-text-defaults.ts', "export const x = { notices: ['营业时间'] };", 0],
    // the exemption is the file, not the folder beside it
    ['electron/hall/accounts/x.ts', "export const header = '户号';", 1],
  ])('%s: %s → %i', async (path, code, expected) => {
    expect(await wordErrors(path, code)).toBe(expected);
  });

  it("keeps a handler file's SQL rule beside the words rule (one 'no-restricted-syntax' replaces the other)", async () => {
    const [result] = await eslint.lintText("export const x = (db: { prepare(s: string): void }) => [db.prepare('SELECT 1'), '收费'];", { filePath: 'electron/hall/ledger/x.handlers.ts' });
    const messages = result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    expect(messages).toEqual([expect.stringMatching(/SQL belongs/), expect.stringMatching(/catalogues/)]);
  });
});

// The layering rules must actually fire: each case lints a small file at a virtual path
// and expects the rule to report (or not).
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';
import { existsSync } from 'node:fs';
import { LAYERS, HALL_DOMAIN_NAMES, findCycle, layerOf } from '../../eslint/layers.js';

const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: { linterOptions: { reportUnusedDisableDirectives: 'off' } } });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'local/layering').map((m) => m.message);
}

describe('layering lint', () => {
  const cases: Array<[string, string, RegExp | null]> = [
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", /Node built-in/],
    ['shared/x.ts', "import { app } from 'electron';\nexport const x = app;", /only electron\/main and electron\/preload/],
    ['shared/x.ts', "import { useState } from 'react';\nexport const x = useState;", /UI code belongs in renderer/],
    ['shared/x.ts', "import { createHall } from '../electron/hall/hall.ts';\nexport const x = createHall;", /shared may not import from electron\/hall/],
    ['shared/x.ts', "import { SCREENS } from '../renderer/app/screens.tsx';\nexport const x = SCREENS;", /shared may not import from renderer\/app/],
    ['renderer/counter/X.tsx', "import { readFileSync } from 'fs';\nexport const x = readFileSync;", /Node built-in/],
    ['renderer/counter/X.tsx', "import Database from 'better-sqlite3';\nexport const x = Database;", /Node-only package/],
    ['renderer/counter/X.tsx', "import { createHall } from '../../electron/hall/hall.ts';\nexport const x = createHall;", /renderer\/counter may not import from electron\/hall/],
    ['renderer/counter/X.tsx', "import { KioskScreen } from '../kiosk/KioskScreen.tsx';\nexport const x = KioskScreen;", /renderer\/counter may not import from renderer\/kiosk/],
    ['renderer/ui/X.tsx', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", /only electron\/main/],
    ['electron/hall/x.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;", /only electron\/main/],
    ['electron/hall/x.ts', "import { HallClient } from '../../renderer/client/client.ts';\nexport const x = HallClient;", /electron\/hall\/kernel may not import from renderer\/client/],
    ['electron/preload/x.ts', "import { createHall } from '../hall/hall.ts';\nexport const x = createHall;", /electron\/preload may not import from electron\/hall/],
    ['newfolder/x.ts', 'export const x = 1;', /in no layer/],
    ['renderer/app/x.tsx', "export const x = import('node:fs');", /Node built-in/],
    // One wall per hall domain: another zone comes in through the domain's index.ts only …
    ['electron/hall/ledger/x.ts', "import { openChargesReader } from '../billing/open-charges.ts';\nexport const x = openChargesReader;", /electron\/hall\/ledger reaches electron\/hall\/billing only through its door electron\/hall\/billing\/index\.ts/],
    ['electron/hall/cli/x.ts', "import { verifyLedger } from '../ledger/verify.ts';\nexport const x = verifyLedger;", /only through its door electron\/hall\/ledger\/index\.ts/],
    // … and the domains depend on each other one way: the import that would close a cycle fails.
    ['electron/hall/billing/x.ts', "import { receiptOf } from '../ledger/index.ts';\nexport const x = receiptOf;", /electron\/hall\/billing may not import from electron\/hall\/ledger .*ledger depends on electron\/hall\/billing/],
    ['electron/hall/accounts/x.ts', "import { priceTable } from '../billing/index.ts';\nexport const x = priceTable;", /electron\/hall\/accounts may not import from electron\/hall\/billing/],
    ['electron/hall/queue/x.ts', "import { layoutFor } from '../printing/index.ts';\nexport const x = layoutFor;", /electron\/hall\/queue may not import from electron\/hall\/printing/],
    ['electron/hall/ledger/x.ts', "import { createHall } from '../hall.ts';\nexport const x = createHall;", /electron\/hall\/ledger may not import from electron\/hall\/assembly/],
    ['electron/hall/newdomain/x.ts', 'export const x = 1;', /in no layer/],
    // Allowed imports: no report.
    ['electron/hall/ledger/x.ts', "import { priceTable } from '../billing/index.ts';\nimport { systemClock } from '../clock.ts';\nexport const x = [priceTable, systemClock];", null],
    ['electron/hall/billing/x.ts', "import { openChargesReader } from './open-charges.ts';\nimport type { Db } from '../db/open.ts';\nexport const x: [unknown, Db | null] = [openChargesReader, null];", null],
    ['electron/hall/x.ts', "import { money } from '../../shared/money.ts';\nimport Database from 'better-sqlite3';\nexport const x = [money, Database];", null],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { createHall } from '../hall/hall.ts';\nexport const x = [app, createHall];", null],
    ['renderer/counter/X.tsx', "import { ScreenFrame } from '../ui/ScreenFrame.tsx';\nimport { formatMoney } from '../../shared/money.ts';\nexport const x = [ScreenFrame, formatMoney];", null],
    ['renderer/app/x.tsx', "import { CounterScreen } from '../counter/CounterScreen.tsx';\nexport const x = CounterScreen;", null],
  ];
  for (const [file, code, expected] of cases) {
    it(`${file}: ${expected ? `reports ${expected.source}` : 'allows'} — ${code.split('\n')[0]}`, async () => {
      const errors = await layeringErrors(file, code);
      if (expected) expect(errors.join('\n')).toMatch(expected);
      else expect(errors).toEqual([]);
    });
  }

  it('has no cycle in its table, and would name one', () => {
    expect(findCycle(LAYERS)).toBeNull();
    const billing = LAYERS.find((l) => l.name === 'electron/hall/billing')!;
    const withCycle = LAYERS.map((l) => (l === billing ? { ...billing, mayImport: [...billing.mayImport, 'electron/hall/ledger'] } : l));
    expect(findCycle(withCycle)).toEqual(expect.arrayContaining(['electron/hall/billing', 'electron/hall/ledger']));
  });

  it('gives every hall domain a zone with a door that exists', () => {
    for (const domain of HALL_DOMAIN_NAMES) {
      const layer = layerOf(`electron/hall/${domain}/x.ts`);
      expect(layer?.name, domain).toBe(`electron/hall/${domain}`);
      expect(existsSync(layer!.door!), layer!.door).toBe(true);
    }
  });

  it('puts every source folder of the project in a layer', () => {
    for (const path of ['shared/money.ts', 'electron/hall/hall.ts', 'electron/main/app.ts', 'electron/preload/preload.ts', 'renderer/main.tsx', 'renderer/kiosk/KioskScreen.tsx', 'tests/e2e/x.ts', 'scripts/bootstrap.mjs']) {
      expect(layerOf(path), path).not.toBeNull();
    }
    expect(LAYERS.map((l) => l.name)).toContain('renderer/manager');
  });
});

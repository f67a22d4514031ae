// The layering rules must actually fire: each case lints a small file at a virtual path
// and expects the rule to report (or not).
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';
import { LAYERS, layerOf } from '../../eslint/layers.js';

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
    ['electron/hall/x.ts', "import { HallClient } from '../../renderer/client/client.ts';\nexport const x = HallClient;", /electron\/hall may not import from renderer\/client/],
    ['electron/preload/x.ts', "import { createHall } from '../hall/hall.ts';\nexport const x = createHall;", /electron\/preload may not import from electron\/hall/],
    ['newfolder/x.ts', 'export const x = 1;', /in no layer/],
    ['renderer/app/x.tsx', "export const x = import('node:fs');", /Node built-in/],
    // Allowed imports: no report.
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

  it('puts every source folder of the project in a layer', () => {
    for (const path of ['shared/money.ts', 'electron/hall/hall.ts', 'electron/main/app.ts', 'electron/preload/preload.ts', 'renderer/main.tsx', 'renderer/kiosk/KioskScreen.tsx', 'tests/e2e/x.ts', 'scripts/bootstrap.mjs']) {
      expect(layerOf(path), path).not.toBeNull();
    }
    expect(LAYERS.map((l) => l.name)).toContain('renderer/manager');
  });
});

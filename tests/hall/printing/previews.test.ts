// Every layout at 58 mm and 80 mm, rendered to the SVG preview and to ESC/POS from the same
// document: the SVGs (and PNGs of them, via Chromium) are saved under test-results/previews
// to be looked at, and the paper text must match between the two renderings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/playwright.config.ts';
import { layoutFor } from '../../../electron/hall/printing/layouts/index.ts';
import { renderEscPos, renderSvg } from '../../../electron/hall/printing/render.ts';
import { decodeEscPos, paperText } from '../../support/escpos-decode.ts';
import { sampleDay, sampleLargeReceipt, sampleReceipt, sampleReversal, sampleShift, sampleTicket } from '../../support/print-samples.ts';
import type { PrintMark } from '../../../electron/hall/print-request.ts';

const OUT = join(import.meta.dirname, '../../../test-results/previews');
const CASES = [
  ['receipt', 'receipt', sampleReceipt, [] as PrintMark[], ['收费凭证', '欧阳明|远', '叁仟零陆拾玖元伍角壹分', '4200001234', '找零', '￥30.49']],
  ['receipt-reprint', 'receipt', sampleReceipt, ['reprint'] as PrintMark[], ['补打']],
  ['reversal', 'receipt', sampleReversal, ['reversed'] as PrintMark[], ['冲正凭证', '已冲正', 'W03-00000127', '收错户号', '-￥3,069.51', '负叁仟零陆拾玖元伍角壹分']],
  ['receipt-large', 'receipt', sampleLargeReceipt, [] as PrintMark[], ['￥12,345,678.90', '壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整']],
  ['ticket', 'ticket', sampleTicket, [] as PrintMark[], ['Y007', '缴费（优先）', '您前面还有3人']],
  ['shift-report', 'shiftReport', sampleShift, [] as PrintMark[], ['交班报表', '短款', '-￥1.00']],
  ['day-summary', 'daySummary', sampleDay, [] as PrintMark[], ['日结汇总', '免税收入', '537,542.53']],
] as const;

describe('layout previews', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    // the browser is a tool, not the code under test: it runs on the real clock even in the
    // moved-clock pass (libfaketime inside Chromium stalls its start-up)
    const env = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME'))) as Record<string, string>;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, env });
  });
  afterAll(async () => browser?.close());

  for (const [name, kind, model, marks, expected] of CASES) {
    for (const width of [58, 80] as const) {
      it(`${name} at ${width} mm: SVG preview and paper say the same`, async () => {
        const doc = layoutFor(kind, model, marks, width);
        const svg = renderSvg(doc, width);
        const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, '');
        const paper = squeeze(paperText(decodeEscPos(renderEscPos(doc, width))));
        const svgText = squeeze(svg.replace(/<[^>]*>/g, '').replace(/&#xa0;/g, ' ').replace(/&#x7c;|&#124;/g, '|').replace(/&amp;/g, '&'));
        for (const text of expected) {
          expect(paper).toContain(squeeze(text));
          expect(svgText).toContain(squeeze(text));
        }
        const svgWidth = Number(/<svg[^>]*width="(\d+)px"/.exec(svg)?.[1]);
        expect(svgWidth).toBe(width === 58 ? 384 : 576);
        writeFileSync(join(OUT, `${name}-${width}mm.svg`), svg);
        const page = await browser.newPage({ viewport: { width: svgWidth + 40, height: 400 } });
        await page.setContent(`<body style="margin:0;padding:20px;background:#ddd"><div style="background:#fff;width:${svgWidth}px">${svg}</div></body>`);
        await page.screenshot({ path: join(OUT, `${name}-${width}mm.png`), fullPage: true });
        await page.close();
      });
    }
  }
});

// receipt_render_p99: a fee receipt from its model to ESC/POS bytes (layout, GB18030, native QR).
import type { Figure } from './figure.ts';
import { percentile, round } from './figure.ts';
import { layoutFor } from '../../electron/hall/printing/layouts/index.ts';
import { renderEscPos, renderSvg } from '../../electron/hall/printing/render.ts';
import { sampleReceipt } from '../support/print-samples.ts';

export default async function (): Promise<Figure[]> {
  const escpos: number[] = [];
  const svg: number[] = [];
  for (let i = 0; i < 2_200; i++) {
    const model = { ...sampleReceipt, receiptNo: `W03-${String(i).padStart(8, '0')}` };
    let t = performance.now();
    renderEscPos(layoutFor('receipt', model, [], 80), 80, { openDrawer: true });
    if (i >= 200) escpos.push(performance.now() - t);
    t = performance.now();
    renderSvg(layoutFor('receipt', model, [], 80), 80);
    if (i >= 200) svg.push(performance.now() - t);
  }
  return [
    { name: 'receipt_render_p99', value: round(percentile(escpos, 99)), unit: 'ms' },
    { name: 'receipt_preview_svg_p99', value: round(percentile(svg, 99)), unit: 'ms' },
  ];
}

// receipt_render_p99: a fee receipt from its model to ESC/POS bytes (layout, GB18030, native QR).
// receipt_preview_svg_p99: the same receipt to the on-screen SVG. Floors: receiptline alone on
// the same document (the layout already made, the same QR command), interleaved with the measured renders.
import receiptline from 'receiptline';
import type { Figure } from './figure.ts';
import { beside, percentile } from './figure.ts';
import { layoutFor } from '../../electron/hall/printing/layouts/index.ts';
import { COLUMNS, escposWithNativeQr, renderEscPos, renderSvg } from '../../electron/hall/printing/render.ts';
import { sampleReceipt } from '../support/print-samples.ts';

export default async function (): Promise<Figure[]> {
  const escpos: number[] = [];
  const svg: number[] = [];
  const escposFloor: number[] = [];
  const svgFloor: number[] = [];
  const options = { encoding: 'gb18030' as const, cpl: COLUMNS[80], cutting: true, spacing: false };
  for (let i = 0; i < 2_200; i++) {
    const model = { ...sampleReceipt, receiptNo: `W03-${String(i).padStart(8, '0')}` };
    let t = performance.now();
    renderEscPos(layoutFor('receipt', model, [], 80), 80, { openDrawer: true });
    const e = performance.now() - t;
    t = performance.now();
    renderSvg(layoutFor('receipt', model, [], 80), 80);
    const s = performance.now() - t;
    const doc = layoutFor('receipt', model, [], 80);
    t = performance.now();
    receiptline.transform(doc, { ...options, command: escposWithNativeQr as never });
    const ef = performance.now() - t;
    t = performance.now();
    receiptline.transform(doc, { ...options, command: 'svg' });
    const sf = performance.now() - t;
    if (i >= 200) {
      escpos.push(e);
      svg.push(s);
      escposFloor.push(ef);
      svgFloor.push(sf);
    }
  }
  return [
    ...beside('receipt_render_p99', 'ms', percentile(escpos, 99), percentile(escposFloor, 99)),
    ...beside('receipt_preview_svg_p99', 'ms', percentile(svg, 99), percentile(svgFloor, 99)),
  ];
}

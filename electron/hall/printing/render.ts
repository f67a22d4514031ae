// Layout → bytes for the printer, and layout → SVG for the on-screen preview, from the same
// receiptline document, so the preview is what the paper will show. receiptline was chosen
// over the escpos family (docs/printing.md): it lays out Chinese (wide characters count
// twice), switches the printer to its Chinese mode (FS &) and encodes GB18030 itself, and
// renders the same document to SVG. Its QR code is a raster image on ESC/POS; we replace it
// with the printer's own QR command (GS ( k), which prints sharper and sends ~40× fewer bytes.
import receiptline from 'receiptline';
import type { PaperWidth } from '../../../shared/print-models.ts';

/** Characters per line of font A (12 dots wide): 384 dots on 58 mm paper, 576 on 80 mm. */
export const COLUMNS: Record<PaperWidth, number> = { 58: 32, 80: 48 };

const QR_LEVEL: Record<string, number> = { l: 48, m: 49, q: 50, h: 51 };

/** GS ( k: model 2, module size, error correction, store the data, print it. */
export function nativeQrCode(data: string, moduleSize: number, level: string): string {
  const bytes = Buffer.from(data, 'utf8').toString('binary');
  const store = bytes.length + 3;
  const cmd = (pL: number, pH: number, ...rest: number[]) => `\x1d(k${String.fromCharCode(pL, pH, ...rest)}`;
  return (
    cmd(4, 0, 49, 65, 50, 0) + // model 2
    cmd(3, 0, 49, 67, Math.max(1, Math.min(16, moduleSize))) +
    cmd(3, 0, 49, 69, QR_LEVEL[level] ?? 49) +
    `\x1d(k${String.fromCharCode(store & 0xff, store >> 8, 49, 80, 48)}${bytes}` +
    cmd(3, 0, 49, 81, 48)
  );
}

/** receiptline's ESC/POS commands with the printer's own QR code. */
export const escposWithNativeQr = {
  ...receiptline.commands.escpos,
  qrcode(symbol: { data: string; cell: number; level: string }): string {
    return symbol.data.length > 0 ? nativeQrCode(symbol.data, symbol.cell, symbol.level) : '';
  },
};

/** ESC p 0: kick the cash drawer connected to the printer (pulse 50 ms on, 500 ms off). */
export const DRAWER_KICK = Buffer.from([0x1b, 0x70, 0x00, 0x19, 0xfa]);

export function renderEscPos(doc: string, width: PaperWidth, options: { openDrawer?: boolean } = {}): Buffer {
  const out = receiptline.transform(doc, { command: escposWithNativeQr as never, encoding: 'gb18030', cpl: COLUMNS[width], cutting: true, spacing: false });
  const bytes = Buffer.from(out, 'binary');
  return options.openDrawer ? Buffer.concat([DRAWER_KICK, bytes]) : bytes;
}

export function renderSvg(doc: string, width: PaperWidth): string {
  return receiptline.transform(doc, { command: 'svg', encoding: 'gb18030', cpl: COLUMNS[width], cutting: true, spacing: false });
}

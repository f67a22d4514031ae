// Reads ESC/POS bytes back into commands and text, the way a printer would: the tests check
// what the paper would say (GB18030 text in Chinese mode), not the byte layout.
import iconv from 'iconv-lite';

export type Command =
  | { kind: 'text'; text: string }
  | { kind: 'init' }
  | { kind: 'chineseOn' }
  | { kind: 'chineseOff' }
  | { kind: 'drawerKick'; pin: number }
  | { kind: 'cut' }
  | { kind: 'qr'; data: string }
  | { kind: 'raster' }
  | { kind: 'other'; bytes: number[] };

/** Lengths of fixed-size commands after their introducer (ESC x / GS x / FS x). */
const ESC_PARAMS: Record<number, number> = { 0x5c: 2, 0x63: 2, 0x55: 1, 0x7b: 1, 0x3d: 1, 0x25: 1, 0x21: 1, 0x2d: 1, 0x32: 0, 0x33: 1, 0x40: 0, 0x45: 1, 0x47: 1, 0x4a: 1, 0x4d: 1, 0x52: 1, 0x61: 1, 0x64: 1, 0x70: 3, 0x74: 1, 0x20: 1, 0x24: 2, 0x56: 1 };
const GS_PARAMS: Record<number, number> = { 0x72: 1, 0x49: 1, 0x50: 2, 0x54: 1, 0x21: 1, 0x42: 1, 0x48: 1, 0x4c: 2, 0x57: 2, 0x61: 1, 0x62: 1, 0x66: 1, 0x68: 1, 0x77: 1, 0x7c: 1, 0x24: 2, 0x5c: 2 };
const FS_PARAMS: Record<number, number> = { 0x26: 0, 0x2e: 0, 0x21: 1, 0x2d: 1, 0x43: 1, 0x53: 2, 0x57: 1 };

export function decodeEscPos(bytes: Buffer): Command[] {
  const out: Command[] = [];
  let text: number[] = [];
  // FS & switches the printer to GB18030 double-byte text; FS . back to its code page (437).
  let chinese = false;
  const flush = () => {
    if (text.length) out.push({ kind: 'text', text: iconv.decode(Buffer.from(text), chinese ? 'gb18030' : 'cp437') });
    text = [];
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 0x1b || b === 0x1d || b === 0x1c || b === 0x10) {
      flush();
      const op = bytes[i + 1]!;
      const before = out.length;
      if (b === 0x1b && op === 0x40) out.push({ kind: 'init' });
      if (b === 0x1b && op === 0x70) out.push({ kind: 'drawerKick', pin: bytes[i + 2]! });
      if (b === 0x1c && op === 0x26) out.push({ kind: 'chineseOn' });
      if (b === 0x1c && op === 0x2e) out.push({ kind: 'chineseOff' });
      const recognised = out.length > before;
      if (b === 0x1c && op === 0x26) chinese = true;
      if (b === 0x1c && op === 0x2e) chinese = false;
      if (b === 0x1d && op === 0x56) {
        out.push({ kind: 'cut' });
        const m = bytes[i + 2]!;
        i += m === 65 || m === 66 ? 4 : 3;
        continue;
      }
      if (op === 0x28 || (b === 0x1d && op === 0x38)) {
        // GS ( x pL pH … / GS 8 L p1 p2 p3 p4 …: length-prefixed
        const fn = bytes[i + 2]!;
        const long = op === 0x38;
        const len = long ? bytes.readUInt32LE(i + 3) : bytes[i + 3]! | (bytes[i + 4]! << 8);
        const start = i + (long ? 7 : 5);
        const body = bytes.subarray(start, start + len);
        if (b === 0x1d && op === 0x28 && fn === 0x6b && body[0] === 49 && body[1] === 80) out.push({ kind: 'qr', data: body.subarray(3).toString('utf8') });
        else if (b === 0x1d && (op === 0x38 || fn === 0x4c) && body[1] === 112) out.push({ kind: 'raster' });
        else out.push({ kind: 'other', bytes: [...bytes.subarray(i, start + len)] });
        i = start + len;
        continue;
      }
      if (b === 0x1d && op === 0x76 && bytes[i + 2] === 0x30) {
        const w = bytes[i + 4]! | (bytes[i + 5]! << 8);
        const h = bytes[i + 6]! | (bytes[i + 7]! << 8);
        out.push({ kind: 'raster' });
        i += 8 + w * h;
        continue;
      }
      if (b === 0x10) {
        i += 3;
        continue;
      }
      const table = b === 0x1b ? ESC_PARAMS : b === 0x1d ? GS_PARAMS : FS_PARAMS;
      const n = table[op];
      if (n === undefined) throw new Error(`unknown command ${b.toString(16)} ${op?.toString(16)} at ${i}`);
      if (!recognised) out.push({ kind: 'other', bytes: [...bytes.subarray(i, i + 2 + n)] });
      i += 2 + n;
      continue;
    }
    text.push(b);
    i++;
  }
  flush();
  return out;
}

/** All text the paper would show, lines joined. */
export function paperText(commands: Command[]): string {
  return commands
    .filter((c): c is { kind: 'text'; text: string } => c.kind === 'text')
    .map((c) => c.text)
    .join('');
}

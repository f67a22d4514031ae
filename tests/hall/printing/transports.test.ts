// The transports other than raw TCP, each against the real mechanism where this machine has
// it: a CUPS-style `lp` (a stand-in script with lp's arguments), a device file, the file
// printer; the Windows path is checked by the script it would run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cupsTransport, windowsRawScript } from '../../../electron/hall/printing/transports/spooler.ts';
import { deviceTransport } from '../../../electron/hall/printing/transports/device.ts';
import { PrintFailure } from '../../../electron/hall/printing/transports/transport.ts';
import { parseStatus, statusProblem } from '../../../electron/hall/printing/printer-status.ts';
import { ledgerHall, KNOWN } from '../../support/ledger.ts';
import { decodeEscPos, paperText } from '../../support/escpos-decode.ts';
import { formatYuan } from '../../../shared/money.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cd-transport-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = Buffer.from([0x1b, 0x40, 0x1c, 0x26, 0xd5, 0xc5, 0x1d, 0x56, 0x41, 0x00]);

describe('printer transports', () => {
  it('CUPS: hands the bytes to lp as a raw job on the named queue, and reports a refused job', async () => {
    const lp = join(dir, 'lp');
    writeFileSync(lp, `#!/bin/sh\necho "$@" > "${dir}/args"\ncat > "${dir}/job.bin"\n[ "$2" = "broken" ] && { echo "lp: The printer or class does not exist." >&2; exit 1; }\nexit 0\n`);
    chmodSync(lp, 0o755);
    await cupsTransport({ queue: 'counter-3', timeoutMs: 2_000, lp }).send(bytes);
    expect(readFileSync(join(dir, 'args'), 'utf8').trim()).toBe('-d counter-3 -o raw -s -');
    expect(readFileSync(join(dir, 'job.bin'))).toEqual(bytes);
    const refused = cupsTransport({ queue: 'broken', timeoutMs: 2_000, lp }).send(bytes);
    await expect(refused).rejects.toMatchObject({ key: 'unreachable', uncertain: false, params: { detail: 'lp: The printer or class does not exist.' } });
    const missing = cupsTransport({ queue: 'x', timeoutMs: 2_000, lp: join(dir, 'no-lp') }).send(bytes);
    await expect(missing).rejects.toBeInstanceOf(PrintFailure);
  });

  it('USB / serial: writes the bytes to the device file; a missing device is unreachable, not uncertain', async () => {
    const device = join(dir, 'lp0');
    writeFileSync(device, '');
    await deviceTransport({ path: device, timeoutMs: 1_000, readsStatus: false }).send(bytes);
    expect(readFileSync(device)).toEqual(bytes);
    await expect(deviceTransport({ path: join(dir, 'nope', 'lp0'), timeoutMs: 1_000, readsStatus: false }).send(bytes)).rejects.toMatchObject({ key: 'unreachable', uncertain: false });
    expect(await deviceTransport({ path: device, timeoutMs: 1_000, readsStatus: false }).status()).toBeNull();
  });

  it('Windows: the RAW winspool script reads the printer’s name from its environment (tests/hall/net/printer-settings.test.ts)', () => {
    const script = windowsRawScript();
    expect(script).toContain('OpenPrinter($env:COUNTERDESK_PRINTER,');
    expect(script).toContain("pDataType = 'RAW'");
    expect(script).toContain('WritePrinter');
  });

  it('file printer (demo branch): every job becomes .bin bytes and an .svg preview in printed/ beside the database', async () => {
    const h = await ledgerHall({ printWorker: true, file: true });
    try {
      const dir = join(h.dir, 'printed', 'window-1');
      await h.call('printing.configurePrinter', { target: 'window:1', config: { transport: 'file', dir, paperWidth: 58, timeoutMs: 1_000 } }, h.manager);
      const paid = await h.pay(KNOWN.li);
      await h.hall.printWorker!.idle();
      const files = readdirSync(dir).sort();
      expect(files).toEqual(['receipt-000001.bin', 'receipt-000001.svg']);
      expect(readFileSync(join(dir, files[1]!), 'utf8')).toContain('<svg width="384px"');
      // the .bin is the receipt itself: it decodes to the paper a printer would give the customer
      const paper = paperText(decodeEscPos(readFileSync(join(dir, files[0]!))));
      expect(paper).toContain(paid.receiptNo);
      expect(paper).toContain(formatYuan(paid.totalFen));
      const preview = await h.call('printing.preview', { jobId: 1, paperWidth: null }, h.cashier);
      expect(preview.paperWidth).toBe(58);
      expect(preview.svg).toContain('<svg');
      expect(paid.receiptNo).toBe('W01-00000001');
    } finally {
      h.close();
    }
  });

  it('reads ESC/POS status bytes and refuses garbage', () => {
    expect(parseStatus(Buffer.from([0x12, 0x12, 0x12]))).toEqual({ online: true, paperOut: false, paperNearEnd: false, coverOpen: false });
    expect(statusProblem(parseStatus(Buffer.from([0x1a, 0x32, 0x72])))).toBe('paperOut');
    expect(parseStatus(Buffer.from([0x12, 0x12, 0x1e])).paperNearEnd).toBe(true);
    expect(statusProblem(parseStatus(Buffer.from([0x1a, 0x16, 0x12])))).toBe('coverOpen');
    expect(() => parseStatus(Buffer.from([0xff, 0x00, 0x12]))).toThrow();
  });
});

// Safe printer settings (issue 20): a `usb` printer's path could name any file the hall may
// write (the print worker would write receipts into it), and a Windows printer's name was
// quoted into PowerShell with only ASCII ' doubled, so a name with ’, $(…) or a backtick ran code.
// A `file` printer's folder could be any folder (a cron folder, a startup folder): the receipts
// would be written there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { configurePrinter } from '../../../electron/hall/printing/index.ts';
import { windowsCommand, PRINTER_NAME_VARIABLE } from '../../../electron/hall/printing/transports/spooler.ts';

let t: TestHall;
let manager: string;
beforeEach(async () => {
  t = testHall();
  manager = await t.login('9001', '9999', null);
});
afterEach(() => t.close());

const configure = (config: Record<string, unknown>) => t.raw('printing.configurePrinter', { target: 'window:1', config }, manager);

describe('a device printer’s path is a printer device', () => {
  it('any other file, or a way out of /dev, is refused with a coded error', async () => {
    for (const path of ['/etc/passwd', '../../etc/passwd', '/dev/usb/lp0/../../../etc/passwd', '/dev/usb/../../etc/shadow', '/dev/sda', '/dev/mem', '/tmp/lp0', 'C:\\Windows\\win.ini', '\\\\server\\share\\x', 'COM1:x', '/dev/serial/by-id/..']) {
      for (const transport of ['usb', 'serial']) {
        const res = await configure({ transport, path });
        expect({ path, res }).toMatchObject({ path, res: { ok: false, error: { code: 'invalid_input', issues: [{ path: 'config.path', problem: 'formats.path' }] } } });
      }
    }
    expect(t.hall.db.prepare('SELECT count(*) AS n FROM printers').get()).toEqual({ n: 0 });
  });

  it('the printer and serial device classes are taken', async () => {
    for (const path of ['/dev/usb/lp0', '/dev/lp1', '/dev/ttyUSB0', '/dev/ttyACM2', '/dev/ttyS1', '/dev/serial/by-id/usb-EPSON_TM-T82III-if00', 'COM3', '\\\\.\\COM12', 'LPT1', 'USB001']) {
      expect({ path, ok: (await configure({ transport: 'usb', path })).ok }).toEqual({ path, ok: true });
    }
  });
});

describe('a Windows printer’s name is data, never script', () => {
  const NAMES = [
    "EPSON O'Brien",
    'EPSON O’Brien’); Remove-Item C:\\important; (‘',
    'EPSON $(Stop-Computer -Force)',
    'EPSON `whoami`',
    "EPSON\n'); Start-Process calc; ('",
  ];

  it('the command line holds no part of the name; the name goes in an environment variable', () => {
    for (const name of NAMES) {
      const { args, env } = windowsCommand(name, {});
      const line = args.join(' ');
      for (const part of ['Brien', 'Remove-Item', 'important', 'Stop-Computer', 'whoami', 'Start-Process', 'calc', '’', '‘']) expect({ name, has: line.includes(part) }).toEqual({ name, has: false });
      expect(env[PRINTER_NAME_VARIABLE]).toBe(name);
    }
  });

  it('a name with a control character is refused at the border', async () => {
    const res = await configure({ transport: 'windows', printerName: NAMES[4] });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'config.printerName', problem: 'formats.printerName' }] } });
    expect((await configure({ transport: 'windows', printerName: NAMES[1] })).ok).toBe(true);
  });
});

describe('a file printer writes only inside the hall’s printed folder', () => {
  let h: LedgerHall;
  let outside: string;
  let printed: string;
  beforeEach(async () => {
    h = await ledgerHall({ printWorker: true, file: true });
    printed = join(h.dir, 'printed');
    outside = mkdtempSync(join(tmpdir(), 'cd-outside-'));
    mkdirSync(printed, { recursive: true });
    symlinkSync(outside, join(printed, 'out'));
  });
  afterEach(() => {
    h.close();
    rmSync(outside, { recursive: true, force: true });
  });
  const fileAt = (dir: string) => h.raw('printing.configurePrinter', { target: 'window:1', config: { transport: 'file', dir, paperWidth: 80, timeoutMs: 1_000 } }, h.manager);
  const jobs = () => h.hall.db.prepare('SELECT status, last_error AS error FROM print_jobs ORDER BY id').all() as Array<{ status: string; error: string | null }>;

  it('any other folder, a way out of printed/, or a link inside it that leads out is refused with a coded error; nothing is stored or written', async () => {
    for (const dir of ['/etc/cron.d', '/tmp/x', join(printed, '..', '..', 'etc'), '../x', join(printed, 'out'), join(printed, 'out', 'window-1'), 'out/window-1', outside, h.dir]) {
      const res = await fileAt(dir);
      expect({ dir, res }).toMatchObject({ dir, res: { ok: false, error: { code: 'invalid_input', key: 'printing:errors.fileDirOutside', params: { dir } } } });
    }
    expect(h.hall.db.prepare('SELECT count(*) AS n FROM printers').get()).toEqual({ n: 0 });
    await h.pay(KNOWN.li);
    await h.hall.printWorker!.idle();
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a folder inside printed/ is taken, absolute or relative, and the receipt lands there', async () => {
    expect((await fileAt(join(printed, 'window-1'))).ok).toBe(true);
    const paid = await h.pay(KNOWN.li);
    await h.hall.printWorker!.idle();
    expect(readdirSync(join(printed, 'window-1')).sort()).toEqual(['receipt-000001.bin', 'receipt-000001.svg']);
    expect(paid.receiptNo).toBe('W01-00000001');
    expect((await fileAt('window-2')).ok).toBe(true);
    await h.pay(KNOWN.zhang);
    await h.hall.printWorker!.idle();
    expect(readdirSync(join(printed, 'window-2')).sort()).toEqual(['receipt-000002.bin', 'receipt-000002.svg']);
  });

  it('a setting that points outside anyway (stored before the check, or by hand) fails the job with the reason and writes nothing', async () => {
    configurePrinter(h.hall.db, 'window:1', { transport: 'file', dir: outside, paperWidth: 80, timeoutMs: 1_000 }, h.clock.now());
    await h.pay(KNOWN.li);
    await h.hall.printWorker!.idle();
    expect(jobs()).toMatchObject([{ status: 'failed' }]);
    expect(JSON.parse(jobs()[0]!.error!)).toMatchObject({ key: 'fileOutsidePrinted', params: { dir: outside }, uncertain: false });
    const check = await h.call('printing.printerStatus', { target: 'window:1' }, h.manager);
    expect(check.problem).toContain(outside);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a folder swapped for a link that leads out after it was set is refused at print time', async () => {
    expect((await fileAt('window-1')).ok).toBe(true);
    symlinkSync(outside, join(printed, 'window-1'));
    await h.pay(KNOWN.li);
    await h.hall.printWorker!.idle();
    expect(JSON.parse(jobs()[0]!.error!)).toMatchObject({ key: 'fileOutsidePrinted' });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a hall in memory has no printed folder: every file printer is refused', async () => {
    const res = await configure({ transport: 'file', dir: 'window-1' });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'printing:errors.fileDirOutside' } });
  });
});

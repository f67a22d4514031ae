// Safe printer settings (issue 20): a `usb` printer's path could name any file the hall may
// write (the print worker would write receipts into it), and a Windows printer's name was
// quoted into PowerShell with only ASCII ' doubled, so a name with ’, $(…) or a backtick ran code.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';
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

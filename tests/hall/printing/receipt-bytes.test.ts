// A payment's receipt travels the whole way: outbox → worker → raw TCP → a fake printer on
// 127.0.0.1; the bytes are decoded and read like paper.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { startFakePrinter, type FakePrinter } from '../../support/fake-escpos-printer.ts';
import { decodeEscPos, paperText } from '../../support/escpos-decode.ts';

let h: LedgerHall;
let printer: FakePrinter;
beforeEach(async () => {
  h = await ledgerHall({ printWorker: true });
  printer = await startFakePrinter('ok');
  await h.call('printing.configurePrinter', { target: 'window:1', config: { transport: 'network', host: '127.0.0.1', port: printer.port, paperWidth: 80, timeoutMs: 2_000 } }, h.manager);
});
afterEach(async () => {
  h.close();
  await printer.close();
});

describe('receipt on a network printer', () => {
  it('prints Chinese in GB18030, the amount in capitals, the QR, the cut and, for cash, the drawer kick', async () => {
    const receipt = await h.pay(KNOWN.zhang, { cashReceivedFen: 260_000 });
    const [bytes] = await printer.waitForJobs(1);
    const commands = decodeEscPos(bytes!);
    const text = paperText(commands);
    expect(text).toContain('收费凭证');
    expect(text).toContain('滨江热力有限公司');
    expect(text).toContain('户名张三丰');
    expect(text).toContain('地址 幸福小区3号楼2单元501室');
    expect(text).toContain('大写 贰仟伍佰伍拾伍元陆角肆分');
    expect(text).toContain('89.37㎡ × ￥22.00');
    expect(text).toContain(`票据号${receipt.receiptNo}`);
    expect(text).toContain('找零￥44.36');
    expect(commands.some((c) => c.kind === 'chineseOn')).toBe(true);
    // receipt number, entry number and full entry hash: an outside anchor `verify --receipt` checks
    expect(commands.filter((c) => c.kind === 'qr')).toEqual([{ kind: 'qr', data: `CDRCPT:${receipt.receiptNo}:${receipt.paymentId}:${receipt.chainHash}` }]);
    expect(receipt.chainHash.startsWith(receipt.verificationCode.toLowerCase())).toBe(true);
    const cut = commands.findIndex((c) => c.kind === 'cut');
    expect(cut).toBeGreaterThan(0);
    expect(commands.slice(cut).some((c) => c.kind === 'text' && c.text.trim())).toBe(false); // nothing printed after the cut
    expect(commands[0]).toEqual({ kind: 'drawerKick', pin: 0 });
    await h.hall.printWorker!.idle();
    expect(h.hall.db.prepare('SELECT status FROM print_jobs').pluck().get()).toBe('printed');
  });

  it('does not open the drawer for a card payment', async () => {
    const total = (await h.statement(KNOWN.li)).totalFen;
    await h.pay(KNOWN.li, { tenders: [{ method: 'card', amountFen: total, reference: null }] });
    const [bytes] = await printer.waitForJobs(1);
    expect(decodeEscPos(bytes!).some((c) => c.kind === 'drawerKick')).toBe(false);
  });

  it('reports the printer status for the counter’s pre-opening check', async () => {
    const status = await h.call('printing.printerStatus', { target: null }, h.cashier);
    expect(status).toMatchObject({ target: 'window:1', configured: true, transport: 'network', status: { online: true, paperOut: false, coverOpen: false }, problem: null });
    printer.mode = 'paperOut';
    const out = await h.call('printing.printerStatus', { target: null }, h.cashier);
    expect(out.problem).toBe('打印机缺纸');
    const none = await h.call('printing.printerStatus', { target: null }, h.cashier2);
    // the target is said in words, never as its code (window:2, kiosk:…)
    expect(none).toMatchObject({ target: 'window:2', configured: false, problem: '2 号窗口未配置打印机' });
    const manager = (await h.call('session.login', { operatorCode: '9001', pin: '9999', terminalId: 'office-en', windowNo: null, locale: 'en' })).token;
    expect((await h.call('printing.printerStatus', { target: 'kiosk:lobby-2' }, manager)).problem).toBe('No printer configured for kiosk lobby-2');
    expect((await h.call('printing.printerStatus', { target: 'office' }, manager)).problem).toBe('No printer configured for the back office');
  });
});

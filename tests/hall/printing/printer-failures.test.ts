// A payment must never be lost because of the printer: whatever the printer does, the
// payment stays committed, its receipt waits in the reprint queue with the reason, and the
// next payment goes through.
import { afterEach, describe, expect, it } from 'vitest';
import { ledgerHall, KNOWN, type LedgerHall } from '../../support/ledger.ts';
import { startFakePrinter, type FakePrinter, type FakePrinterMode } from '../../support/fake-escpos-printer.ts';
import { decodeEscPos, paperText } from '../../support/escpos-decode.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';

let h: LedgerHall;
let printer: FakePrinter;
afterEach(async () => {
  h.close();
  await printer.close();
});

async function setup(mode: FakePrinterMode) {
  h = await ledgerHall({ printWorker: true });
  printer = await startFakePrinter(mode);
  await h.call('printing.configurePrinter', { target: 'window:1', config: { transport: 'network', host: '127.0.0.1', port: printer.port, paperWidth: 80, timeoutMs: 400 } }, h.manager);
}

describe('printer failures', () => {
  it.each([
    ['dropMidJob', '打印中连接断开，可能已打印部分内容', true],
    ['neverAnswers', '打印机无响应（400 毫秒）', false],
    ['paperOut', '打印机缺纸', false],
    ['coverOpen', '打印机盖未关', false],
    ['offlineMidJob', '打印中打印机离线（缺纸或开盖），可能已打印部分内容', true],
    ['closesConnection', '打印机拒绝连接', false],
  ] as const)('%s: the payment stays, the receipt waits in the reprint queue, the next payment proceeds', async (mode, reason, uncertain) => {
    await setup(mode);
    const told: unknown[] = [];
    h.hall.bus.subscribe((e) => {
      if (e.name === 'printing.jobFailed') told.push(e.payload);
    });
    const first = await h.pay(KNOWN.zhang);
    await h.hall.printWorker!.idle();
    // the counter's reprint panel listens for this: the cashier is told at once
    expect(told).toEqual([expect.objectContaining({ kind: 'receipt', target: 'window:1', uncertain })]);
    const queue = await h.call('printing.queue', { target: null }, h.cashier);
    expect(queue.jobs).toHaveLength(1);
    expect(queue.jobs[0]).toMatchObject({ kind: 'receipt', documentNo: first.receiptNo, reason, uncertain });
    const started = performance.now();
    const second = await h.pay(KNOWN.li);
    expect(performance.now() - started).toBeLessThan(300); // the counter never waits for the printer
    expect(second.receiptNo).toBe('W01-00000002');
    await h.hall.printWorker!.idle();
    expect((await h.call('printing.queue', { target: null }, h.cashier)).jobs.map((j) => j.documentNo)).toEqual([first.receiptNo, second.receiptNo]);
    expect(verifyLedger(h.hall.db)).toMatchObject({ ok: true, entriesChecked: 4, receiptsChecked: 2 }); // + the two shift openings

    // the printer is fixed: one key reprints; 补打 only where the first attempt may have printed
    printer.mode = 'ok';
    const reprint = await h.call('printing.reprint', { jobId: queue.jobs[0]!.id }, h.cashier);
    expect(reprint.marks).toEqual(uncertain ? ['reprint'] : []);
    await h.hall.printWorker!.idle();
    const [bytes] = await printer.waitForJobs(1);
    const text = paperText(decodeEscPos(bytes!));
    expect(text).toContain(first.receiptNo);
    expect(text.includes('补打')).toBe(uncertain);
    expect((await h.call('printing.queue', { target: null }, h.cashier)).jobs.map((j) => j.documentNo)).toEqual([second.receiptNo]);
    const audit = h.hall.db.prepare("SELECT subject FROM audit_log WHERE action = 'printing.reprint'").pluck().all();
    expect(audit).toEqual([first.receiptNo]);
  });

  it('a job left half-printed by a crash is queued as possibly printed when the hall starts again', async () => {
    h = await ledgerHall({ file: true });
    printer = await startFakePrinter('ok');
    const paid = await h.pay(KNOWN.li);
    h.hall.db.prepare("UPDATE print_jobs SET status = 'printing'").run();
    const { createHall } = await import('../../../electron/hall/hall.ts');
    h.hall.close();
    const again = createHall({ dbPath: `${h.dir}/hall.db` }, h.clock);
    try {
      const job = again.db.prepare('SELECT status, last_error FROM print_jobs').get() as { status: string; last_error: string };
      expect(job.status).toBe('failed');
      expect(JSON.parse(job.last_error)).toEqual({ key: 'interrupted', params: {}, uncertain: true });
      expect(JSON.parse(again.db.prepare('SELECT payload FROM print_jobs').pluck().get() as string).receiptNo).toBe(paid.receiptNo);
    } finally {
      again.close();
    }
  });

  it('reprints an issued receipt on request, marked 补打 and 已冲正 once reversed; only at its own window', async () => {
    await setup('ok');
    const paid = await h.pay(KNOWN.li);
    await h.hall.printWorker!.idle();
    await h.call('ledger.reversePayment', { idempotencyKey: 'reprint-reversed', receiptNo: paid.receiptNo, approval: { managerCode: '9001', managerPin: '9999', reason: '客户退费' } }, h.cashier);
    const copy = await h.call('printing.reprintReceipt', { receiptNo: paid.receiptNo }, h.cashier);
    expect(copy.marks).toEqual(['reprint', 'reversed']);
    await h.hall.printWorker!.idle();
    const jobs = await printer.waitForJobs(3);
    const text = paperText(decodeEscPos(jobs[2]!));
    expect(text).toContain('补打');
    expect(text).toContain('已冲正');
    const elsewhere = await h.raw('printing.reprintReceipt', { receiptNo: paid.receiptNo }, h.cashier2);
    expect(elsewhere.ok).toBe(false);
  });

  it.each([
    ['paperOut', true],
    ['dropMidJob', false],
  ] as const)('cash receipt failed (%s): the first print that reaches the paper opens the drawer, once', async (mode, kicks) => {
    await setup(mode);
    const paid = await h.pay(KNOWN.li); // cash
    await h.hall.printWorker!.idle();
    const [failed] = (await h.call('printing.queue', { target: null }, h.cashier)).jobs;
    printer.mode = 'ok';
    await h.call('printing.reprint', { jobId: failed!.id }, h.cashier);
    await h.hall.printWorker!.idle();
    await h.call('printing.reprintReceipt', { receiptNo: paid.receiptNo }, h.cashier);
    await h.hall.printWorker!.idle();
    const [reprint, copy] = await printer.waitForJobs(2);
    const drawer = (bytes: Buffer) => decodeEscPos(bytes).some((c) => c.kind === 'drawerKick');
    // before any byte left, the drawer never opened: the reprint opens it; after bytes left, it did (the kick goes first)
    expect(drawer(reprint!)).toBe(kicks);
    expect(drawer(copy!)).toBe(false); // a copy asked for later never opens the drawer
  });
});

// A kiosk's slip prints at the printer configured for the kiosk's terminal id; when it cannot
// print, the kiosk hears it (to show the number and say so) and so do the staff (an alert).
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { startFakePrinter, type FakePrinter } from '../../support/fake-escpos-printer.ts';
import { decodeEscPos, paperText } from '../../support/escpos-decode.ts';
import { configureDemoPrinters } from '../../../electron/hall/demo/seed-demo.ts';
import type { PublishedEvent } from '../../../electron/hall/events.ts';

let t: TestHall;
let printer: FakePrinter | null = null;
afterEach(async () => {
  t.close();
  await printer?.close();
  printer = null;
});

async function setup() {
  // on disk: the demo's file printers write into printed/ beside the database
  t = testHall({ start: '2026-11-23T02:00:00.000Z', printWorker: true, file: true });
  const events: PublishedEvent[] = [];
  t.hall.bus.subscribe((e) => e.name.startsWith('printing.kiosk') && events.push(e));
  const manager = await t.login('9001', '9999', null);
  const kiosk = async (terminalId: string) => (await t.call('session.openDevice', { role: 'kiosk', terminalId, windowNo: null })).token;
  const issue = (token: string) => t.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, token);
  return { events, manager, kiosk, issue };
}

describe('kiosk slips', () => {
  it('the demo branch prints the default kiosk (terminal id "main") to a file printer', async () => {
    const { events, kiosk, issue } = await setup();
    configureDemoPrinters(t.hall, t.clock.now());
    const issued = await issue(await kiosk('main'));
    expect(issued.slip).toMatchObject({ target: 'kiosk:main' });
    await t.hall.printWorker!.idle();
    expect(readdirSync(join(t.dir, 'printed', 'kiosk-main')).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    expect(events.map((e) => [e.name, e.payload])).toEqual([['printing.kioskSlipPrinted', { jobId: issued.slip.jobId, target: 'kiosk:main', ticketNo: 'A001' }]]);
  });

  it('a kiosk without a printer: the kiosk and the staff get the failure', async () => {
    const { events, kiosk, issue } = await setup();
    const issued = await issue(await kiosk('kiosk-t7x27b7k'));
    expect(issued.slip).toMatchObject({ target: 'kiosk:kiosk-t7x27b7k' });
    await t.hall.printWorker!.idle();
    expect(events.map((e) => [e.name, e.payload])).toEqual([
      ['printing.kioskSlipFailed', { jobId: issued.slip.jobId, target: 'kiosk:kiosk-t7x27b7k', ticketNo: 'A001', reasonKey: 'notConfigured', uncertain: false }],
    ]);
  });

  it('a kiosk printer out of paper: the slip fails with the reason, waits in the reprint queue, and prints once paper is back', async () => {
    const { events, manager, kiosk, issue } = await setup();
    printer = await startFakePrinter('paperOut');
    await t.call('printing.configurePrinter', { target: 'kiosk:lobby', config: { transport: 'network', host: '127.0.0.1', port: printer.port, paperWidth: 58, timeoutMs: 400 } }, manager);
    const issued = await issue(await kiosk('lobby'));
    expect(issued.slip.target).toBe('kiosk:lobby');
    await t.hall.printWorker!.idle();
    expect(events.at(-1)).toMatchObject({ name: 'printing.kioskSlipFailed', payload: { ticketNo: 'A001', reasonKey: 'paperOut' } });
    const queue = await t.call('printing.queue', { target: 'kiosk:lobby' }, manager);
    expect(queue.jobs.map((j) => [j.documentNo, j.reason])).toEqual([['A001', '打印机缺纸']]);
    printer.mode = 'ok';
    await t.call('printing.reprint', { jobId: queue.jobs[0]!.id }, manager);
    await t.hall.printWorker!.idle();
    const [bytes] = await printer.waitForJobs(1);
    expect(paperText(decodeEscPos(bytes!))).toContain('A001');
  });
});

// The branch's promise under a host restart, every party its own process on loopback: 8
// counters, 4 hall displays and a kiosk work a busy hour; the host is killed (SIGKILL) partway
// and started again. No ticket is called twice, no payment is lost or doubled, and every display
// ends showing the hall's own board.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBusyHour, type BusyHourResult } from '../../support/lan/busy-hour.ts';

describe('a busy hour on the LAN with the host killed and restarted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-busy-hour-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let run: BusyHourResult;

  it('runs to the end, the host restarted partway', async () => {
    run = await runBusyHour({ dir, counters: 8, displays: 4, tickets: 64, killAfterPaid: 20 });
    expect(run.restarted).toBe(true);
    expect(run.issued).toHaveLength(64);
    console.log(`busy hour: ${Math.round(run.wallMs)} ms, ${run.ledger.length} payments, answers lost to the restart: ${run.counters.reduce((n, c) => n + c.lostCalls, 0)} calls, ${run.counters.reduce((n, c) => n + c.lostPayments, 0)} payment resends, display reconnects ${run.displays.map((d) => d.reconnects).join('/')}`);
  }, 240_000);

  it('calls no ticket twice, at the hall or at two windows', () => {
    expect(run.calledTwice).toEqual([]);
    const served = run.counters.flatMap((c) => c.served);
    expect(new Set(served).size).toBe(served.length);
    // every ticket the kiosk handed out was called at some window
    for (const ticketNo of run.issued) expect(served, ticketNo).toContain(ticketNo);
  });

  it('loses no payment and doubles none', () => {
    const told = run.counters.flatMap((c) => c.receipts);
    expect(told.length).toBeGreaterThan(20);
    // what the cashiers were told is exactly what the ledger holds, one entry per request
    expect(run.ledger.map((e) => e.receiptNo).sort()).toEqual(told.map((r) => r.receiptNo).sort());
    expect(new Set(run.ledger.map((e) => e.key)).size).toBe(run.ledger.length);
    const byKey = new Map(run.ledger.map((e) => [e.key, e]));
    for (const r of told) expect(byKey.get(r.key)).toMatchObject({ receiptNo: r.receiptNo, amountFen: r.totalFen });
  });

  it('leaves every display showing the hall’s own board, each having reconnected by itself', () => {
    expect(run.displays).toHaveLength(4);
    for (const shown of run.displays) {
      expect(shown.reconnects, shown.terminalId).toBeGreaterThanOrEqual(1);
      expect({ windows: shown.windows, waiting: shown.waiting }, shown.terminalId).toEqual(run.hall);
    }
  });
});

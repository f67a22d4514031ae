import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';

let t: TestHall;
let w1: string;
let w3: string;
let kiosk: string;
beforeEach(async () => {
  t = testHall({ start: '2026-11-23T02:00:00.000Z' }); // 10:00 in the hall
  w1 = await t.login('1001', '1234', 1);
  w3 = await t.login('1002', '1234', 3);
  kiosk = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'main', windowNo: null })).token;
});
afterEach(() => t.close());

const issue = (serviceCode = 'A', lane: 'normal' | 'priority' = 'normal') => t.call('queue.issueTicket', { serviceCode, lane, priorityReason: null }, kiosk);
const errorKey = async (p: Promise<{ ok: boolean; error?: { key?: string } }>) => ((await p) as { error?: { key?: string } }).error?.key;

describe('queue at the window', () => {
  it('numbers tickets per business and lane, counts who is ahead and prints the slip at the kiosk', async () => {
    const a1 = await issue('A');
    const a2 = await issue('A');
    const y1 = await issue('A', 'priority');
    const b1 = await issue('B');
    expect([a1, a2, y1, b1].map((r) => r.ticket.ticketNo)).toEqual(['A001', 'A002', 'Y001', 'B001']);
    expect([a1, a2, y1, b1].map((r) => r.waitingAhead)).toEqual([0, 1, 0, 0]);
    expect(a1.serviceName).toBe('缴费');
    const job = t.hall.db.prepare("SELECT target, payload FROM print_jobs WHERE kind = 'ticket' ORDER BY id LIMIT 1").get() as { target: string; payload: string };
    expect(job.target).toBe('kiosk:main');
    expect(JSON.parse(job.payload)).toMatchObject({ ticketNo: 'A001', serviceName: '缴费', waitingAhead: 0, branchName: '城东供热营业厅' });
  });

  it('calls only businesses the window serves, the priority lane first, and announces it', async () => {
    const events: string[] = [];
    t.hall.bus.subscribe((e) => e.name === 'queue.ticketCalled' && events.push(`${(e.payload as { ticketNo: string }).ticketNo}@${(e.payload as { windowNo: number }).windowNo}`));
    await issue('B');
    await issue('A');
    await issue('A', 'priority');
    expect((await t.call('queue.callNext', {}, w1)).ticket?.ticketNo).toBe('Y001');
    expect((await t.call('queue.callNext', {}, w1)).ticket?.ticketNo).toBe('A001');
    expect((await t.call('queue.callNext', {}, w1)).ticket).toBeNull(); // B is served at window 3 only
    expect((await t.call('queue.callNext', {}, w3)).ticket?.ticketNo).toBe('B001');
    expect(events).toEqual(['Y001@1', 'A001@1', 'B001@3']);
    // "next" finished the previous ticket
    expect(t.hall.db.prepare("SELECT status FROM tickets WHERE ticket_no = 'Y001'").pluck().get()).toBe('done');
  });

  it('recalls up to the limit, then the customer is skipped; a skipped ticket can be reactivated in its old place', async () => {
    await issue('A');
    await issue('A');
    await t.call('queue.callNext', {}, w1);
    await t.call('queue.recall', {}, w1);
    await t.call('queue.recall', {}, w1);
    expect(await errorKey(t.raw('queue.recall', {}, w1) as never)).toBe('queue:errors.recallLimit');
    const skipped = await t.call('queue.skip', {}, w1);
    expect(skipped.ticket?.status).toBe('skipped');
    t.clock.advance(10 * 60_000);
    await t.call('queue.reactivate', { ticketNo: 'A001' }, w3);
    // back in its original place: ahead of A002
    expect((await t.call('queue.callNext', {}, w1)).ticket?.ticketNo).toBe('A001');
    await t.call('queue.skip', {}, w1);
    t.clock.advance(31 * 60_000);
    expect(await errorKey(t.raw('queue.reactivate', { ticketNo: 'A001' }, w3) as never)).toBe('queue:errors.reactivateExpired');
  });

  it('transfers keeping the place in line, to another business or one window, with a reason', async () => {
    await issue('B');
    t.clock.advance(60_000);
    await issue('C');
    expect((await t.call('queue.callNext', {}, w3)).ticket?.ticketNo).toBe('B001');
    await t.call('queue.transfer', { toService: null, toWindow: 2, reason: '需要现场查勘' }, w3);
    expect((await t.call('queue.callNext', {}, w3)).ticket?.ticketNo).toBe('C001');
    await t.call('queue.transfer', { toService: 'A', toWindow: null, reason: '客户要缴费' }, w3);
    expect((await t.call('queue.callNext', {}, w1)).ticket?.ticketNo).toBe('C001'); // now a payment, first in line
    const w2 = await t.login('9001', '9999', 2);
    expect((await t.call('queue.callNext', {}, w2)).ticket?.ticketNo).toBe('B001'); // sent to window 2 alone
    expect(t.hall.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'queue.transferred'").pluck().get()).toBe(2);
  });

  it('a paused window is not called and shows its reason on the board; resume serves again', async () => {
    await issue('A');
    await t.call('queue.pause', { reason: 'handover', note: null, redirectWindow: 3, expectedBackMinutes: 15 }, w1);
    expect(await errorKey(t.raw('queue.callNext', {}, w1) as never)).toBe('queue:errors.windowPaused');
    const board = await t.call('queue.board', {}, kiosk);
    expect(board.windows.find((w) => w.windowNo === 1)).toMatchObject({ status: 'paused', pause: { reason: 'handover', redirectWindow: 3, expectedBack: '2026-11-23T02:15:00.000Z' } });
    expect((await t.call('queue.callNext', {}, w3)).ticket?.ticketNo).toBe('A001');
    await t.call('queue.resume', {}, w1);
    expect((await t.call('queue.board', {}, kiosk)).windows.find((w) => w.windowNo === 1)?.status).toBe('open');
  });

  it('stops the kiosk at the cut-off with a closing notice before; staff can still issue; issued tickets stay callable', async () => {
    t.clock.set('2026-11-23T08:40:00.000Z'); // 16:40: the notice shows (issuing stops 16:50, notice from 16:35)
    const kioskNow = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'main2', windowNo: null })).token;
    const w1Now = await t.login('1001', '1234', 1);
    const before = await t.call('queue.board', {}, kioskNow);
    expect(before.issuing).toMatchObject({ open: true, closingSoon: true, stopsAt: '16:50' });
    await t.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, kioskNow);
    t.clock.set('2026-11-23T08:51:00.000Z');
    const refused = await t.raw('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, kioskNow);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('今日取号已结束（取号时间 08:30–16:50）');
    const byStaff = await t.call('queue.issueTicket', { serviceCode: 'A', lane: 'priority', priorityReason: '轮椅' }, w1Now);
    expect(byStaff.ticket.ticketNo).toBe('Y001');
    expect((await t.call('queue.callNext', {}, w1Now)).ticket?.ticketNo).toBe('Y001');
    expect((await t.call('queue.callNext', {}, w1Now)).ticket?.ticketNo).toBe('A001');
  });

  it('tells the screens where the day is: before opening, issuing, stopped while tickets are served, closed', async () => {
    const phase = async () => (await t.call('queue.board', {}, kiosk)).issuing.phase;
    t.clock.set('2026-11-23T00:10:00.000Z'); // 08:10
    expect(await phase()).toBe('beforeOpening');
    t.clock.set('2026-11-23T02:00:00.000Z');
    expect(await phase()).toBe('issuing');
    await issue('A');
    t.clock.set('2026-11-23T08:55:00.000Z'); // 16:55: past the cut-off
    expect(await phase()).toBe('stopped');
    t.clock.set('2026-11-23T09:30:00.000Z'); // 17:30: A001 still waits, so the hall still serves
    expect(await phase()).toBe('stopped');
    await t.call('queue.callNext', {}, w1);
    expect(await phase()).toBe('stopped');
    await t.call('queue.finish', {}, w1);
    expect(await phase()).toBe('closed');
    expect((await t.call('queue.board', {}, kiosk)).priorityLaneNames['zh-CN']).toBe('爱心通道');
  });

  it('numbers start again on the next business day', async () => {
    await issue('A');
    t.clock.set('2026-11-24T01:00:00.000Z');
    const k = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'main3', windowNo: null })).token;
    expect((await t.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, k)).ticket.ticketNo).toBe('A001');
  });
});

// Callbacks and complaints: recorded against whoever received them, deadlines from the hall's
// clock (1 hour to forward, 48 hours to answer) running across midnight, one-way states, overdue
// first for the manager, every step audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';

let t: TestHall;
let cashier: string;
let manager: string;
beforeEach(async () => {
  t = testHall({ start: '2026-11-23T15:30:00.000Z' }); // 23:30 in the hall: the deadlines cross midnight
  cashier = await t.login('1001', '1234', 1);
  manager = await t.login('9001', '9999', null);
});
afterEach(() => t.close());

const errorOf = async (p: Promise<unknown>) => ((await p) as { error?: { code: string; key?: string; message?: string } }).error;
const audits = (action: string) => t.hall.db.prepare('SELECT COUNT(*) FROM audit_log WHERE action = ?').pluck().get(action);

describe('complaints (首问负责制)', () => {
  it('are recorded against the receiver, with deadlines 1 h and 48 h after receiving, across midnight', async () => {
    const c = await t.call('registers.recordComplaint', { matter: '暖气不热，报修三天无人上门', complainant: '张先生', phone: '13800000000', accountNo: '10000001' }, cashier);
    expect(c).toMatchObject({ state: 'open', receivedBy: { code: '1001', name: '王晓梅' }, windowNo: 1, receivedAt: '2026-11-23T15:30:00.000Z' });
    expect(c.forwardBy).toBe('2026-11-23T16:30:00.000Z'); // 00:30 on the 24th in the hall
    expect(c.answerBy).toBe('2026-11-25T15:30:00.000Z');
    expect([c.forwardOverdue, c.answerOverdue]).toEqual([false, false]);
    expect(audits('registers.complaintRecorded')).toBe(1);

    t.clock.set('2026-11-23T16:29:59.000Z');
    expect((await t.call('registers.list', {}, manager)).complaints[0]!.forwardOverdue).toBe(false);
    t.clock.set('2026-11-23T16:30:01.000Z'); // past midnight, one hour and a second later
    const late = (await t.call('registers.list', {}, manager)).complaints[0]!;
    expect([late.forwardOverdue, late.answerOverdue]).toEqual([true, false]);

    await t.call('registers.forwardComplaint', { id: c.id, to: '客服中心维修班' }, manager);
    const forwarded = (await t.call('registers.list', {}, manager)).complaints[0]!;
    expect(forwarded).toMatchObject({ state: 'forwarded', forwardedTo: '客服中心维修班', forwardOverdue: false, answerOverdue: false });

    t.clock.set('2026-11-25T15:30:01.000Z');
    // two days on: today's shift signs in again
    cashier = await t.login('1001', '1234', 1);
    manager = await t.login('9001', '9999', null);
    expect((await t.call('registers.list', {}, manager)).complaints[0]!.answerOverdue).toBe(true);
    await t.call('registers.answerComplaint', { id: c.id, answer: '已派人上门修好，电话告知张先生' }, cashier);
    expect((await t.call('registers.list', {}, manager)).complaints[0]).toMatchObject({ state: 'answered', answerOverdue: false });
    await t.call('registers.closeComplaint', { id: c.id, note: '客户满意' }, manager);
    expect((await t.call('registers.list', {}, manager)).complaints).toEqual([]);
    expect((await t.call('registers.list', { includeClosed: true }, manager)).complaints[0]).toMatchObject({ state: 'closed', closeNote: '客户满意' });
    expect([audits('registers.complaintForwarded'), audits('registers.complaintAnswered'), audits('registers.complaintClosed')]).toEqual([1, 1, 1]);
  });

  it('move one way only; only the manager closes', async () => {
    const c = await t.call('registers.recordComplaint', { matter: '收费员态度不好' }, cashier);
    await t.call('registers.answerComplaint', { id: c.id, answer: '已当面道歉' }, cashier); // open → answered at once
    expect(await errorOf(t.raw('registers.forwardComplaint', { id: c.id, to: '主任' }, cashier))).toMatchObject({ code: 'conflict', key: 'registers:errors.cannot.forwarded' });
    expect(await errorOf(t.raw('registers.answerComplaint', { id: c.id, answer: '再次答复' }, cashier))).toMatchObject({ key: 'registers:errors.cannot.answered' });
    expect(await errorOf(t.raw('registers.closeComplaint', { id: c.id, note: '关闭' }, cashier))).toMatchObject({ code: 'forbidden' });
    await t.call('registers.closeComplaint', { id: c.id, note: '已解决' }, manager);
    expect(await errorOf(t.raw('registers.closeComplaint', { id: c.id, note: '再关' }, manager))).toMatchObject({ key: 'registers:errors.cannot.closed' });
    expect(await errorOf(t.raw('registers.forwardComplaint', { id: 999, to: '主任' }, cashier))).toMatchObject({ code: 'not_found', key: 'registers:errors.complaintNotFound' });
  });

  it('refuses empty or oversized input', async () => {
    expect(await errorOf(t.raw('registers.recordComplaint', { matter: ' ' }, cashier))).toMatchObject({ code: 'invalid_input' });
    expect(await errorOf(t.raw('registers.recordComplaint', { matter: 'x'.repeat(501) }, cashier))).toMatchObject({ code: 'invalid_input' });
    expect(await errorOf(t.raw('registers.recordComplaint', { matter: '有效内容', phone: 'abc' }, cashier))).toMatchObject({ code: 'invalid_input' });
    const kiosk = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'main', windowNo: null })).token;
    expect(await errorOf(t.raw('registers.recordComplaint', { matter: '有效内容' }, kiosk))).toMatchObject({ code: 'forbidden' });
  });
});

describe('callbacks (预约回访)', () => {
  it('keep the phone, matter, due time and optional account; overdue after the due time; done with an outcome', async () => {
    const cb = await t.call('registers.recordCallback', { phone: '13900000000', matter: '系统故障，明早回电办理缴费', dueAt: '2026-11-24T09:00:00+08:00', accountNo: null }, cashier);
    expect(cb).toMatchObject({ state: 'open', dueAt: '2026-11-24T01:00:00.000Z', recordedBy: { code: '1001' }, overdue: false, accountNo: null });
    t.clock.set('2026-11-24T01:00:01.000Z');
    expect((await t.call('registers.list', {}, manager)).callbacks[0]!.overdue).toBe(true);
    const done = await t.call('registers.completeCallback', { id: cb.id, outcome: '已回电，客户下午来缴费' }, cashier);
    expect(done).toMatchObject({ state: 'done', overdue: false, outcome: '已回电，客户下午来缴费', doneBy: { code: '1001' } });
    expect(await errorOf(t.raw('registers.completeCallback', { id: cb.id, outcome: '再次回电' }, cashier))).toMatchObject({ key: 'registers:errors.callbackDone' });
    expect((await t.call('registers.list', {}, manager)).callbacks).toEqual([]);
    expect([audits('registers.callbackRecorded'), audits('registers.callbackDone')]).toEqual([1, 1]);
  });

  it('refuses a due time that has passed, by the hall’s clock', async () => {
    expect(await errorOf(t.raw('registers.recordCallback', { phone: '13900000000', matter: '回电', dueAt: '2026-11-23T23:00:00+08:00' }, cashier))).toMatchObject({ code: 'invalid_input', key: 'registers:errors.dueInPast' });
    expect(await errorOf(t.raw('registers.recordCallback', { phone: '13900000000', matter: '回电', dueAt: 'tomorrow' }, cashier))).toMatchObject({ code: 'invalid_input' });
  });
});

describe('registers.list', () => {
  it('lists overdue first (most overdue at the top), then by the next deadline', async () => {
    const a = await t.call('registers.recordComplaint', { matter: '第一件投诉' }, cashier); // forward by 00:30
    t.clock.advance(30 * 60_000);
    const b = await t.call('registers.recordComplaint', { matter: '第二件投诉' }, cashier); // forward by 01:00
    t.clock.advance(20 * 60_000);
    const c = await t.call('registers.recordComplaint', { matter: '第三件投诉' }, cashier); // forward by 01:20
    await t.call('registers.forwardComplaint', { id: a.id, to: '维修班' }, cashier); // a is in time now (answer in 48 h)
    t.clock.set('2026-11-23T17:05:00.000Z'); // 01:05: b is overdue to forward, c not yet
    const list = await t.call('registers.list', {}, manager);
    expect(list.complaints.map((x) => x.id)).toEqual([b.id, c.id, a.id]);
    expect(list.complaints.map((x) => x.forwardOverdue)).toEqual([true, false, false]);

    const soon = await t.call('registers.recordCallback', { phone: '13900000001', matter: '稍后回电', dueAt: '2026-11-23T17:30:00Z' }, cashier);
    const later = await t.call('registers.recordCallback', { phone: '13900000002', matter: '下午回电', dueAt: '2026-11-24T06:00:00Z' }, cashier);
    t.clock.set('2026-11-23T18:00:00.000Z');
    const sooner = await t.call('registers.recordCallback', { phone: '13900000003', matter: '马上回电', dueAt: '2026-11-23T18:10:00Z' }, cashier);
    expect((await t.call('registers.list', {}, manager)).callbacks.map((x) => [x.id, x.overdue])).toEqual([[soon.id, true], [sooner.id, false], [later.id, false]]);
  });
});

// A kiosk issues at most `kioskTicketsPerMinute` (12 by default) tickets in any rolling minute
// of the hall's clock (issue 20: one LAN client issued 999 priority tickets in 7 s, and 999
// slips printed). The kiosks here are paired the real way and call from a LAN address; the
// hall's clock only moves when the test moves it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';
import { DEVICE_SOURCE, pairedDeviceSession, pairingManager } from '../../support/pairing.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

const T0 = '2026-11-23T02:00:00.000Z'; // 10:00 in the hall: the kiosk is open
const SECOND = 1_000;

let t: TestHall;
let manager: string;
beforeEach(async () => {
  t = testHall({ start: T0 });
  manager = await pairingManager(t.hall);
});
afterEach(() => t.close());

type Kiosk = { token: string; deviceToken: string };
const kiosk = (terminalId: string): Promise<Kiosk> => pairedDeviceSession(t.hall, manager, { role: 'kiosk', terminalId });
const issue = (k: Kiosk): Promise<ApiResponse> =>
  t.hall.dispatcher.call({ token: k.token, device: k.deviceToken, source: DEVICE_SOURCE }, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null });
const issueMany = async (k: Kiosk, n: number) => {
  for (let i = 0; i < n; i++) {
    const r = await issue(k);
    if (!r.ok) throw new Error(`ticket ${i + 1} of ${n} refused: ${r.error.message}`);
  }
};
const count = (table: string) => t.hall.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const refusals = () => t.hall.db.prepare("SELECT subject, details, source FROM audit_log WHERE action = 'queue.kioskRateLimited' ORDER BY id").all();
const at = (secondsAfterT0: number) => t.clock.set(new Date(Date.parse(T0) + secondsAfterT0 * SECOND));

describe("a kiosk's tickets per minute", () => {
  it('12 tickets pass; the 13th within the minute is refused in words, writes no ticket and prints no slip', async () => {
    const lobby = await kiosk('lobby');
    await issueMany(lobby, 12);
    const tickets = count('tickets');
    const jobs = count('print_jobs');
    at(59.999);
    const refused = await issue(lobby);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'conflict', key: 'net:errors.kioskRateLimited', message: '取号太频繁：本取号机每分钟最多 12 张，请稍候再取', params: { limit: 12 } },
    });
    expect(count('tickets')).toBe(tickets);
    expect(count('print_jobs')).toBe(jobs);
    // the minute has gone by: the kiosk issues again, and numbering goes on where it was
    at(60);
    expect(await issue(lobby)).toMatchObject({ ok: true, result: { ticket: { ticketNo: 'A013' } } });
  });

  it('the minute rolls: tickets of the last 60 s count, older ones do not', async () => {
    const lobby = await kiosk('lobby');
    await issueMany(lobby, 6);
    at(30);
    await issueMany(lobby, 6);
    at(59);
    expect((await issue(lobby)).ok).toBe(false);
    // the first six are a minute old; the six of 00:30 still count
    at(60);
    await issueMany(lobby, 6);
    expect((await issue(lobby)).ok).toBe(false);
    at(90);
    expect((await issue(lobby)).ok).toBe(true);
  });

  it('each kiosk is counted on its own', async () => {
    const lobby = await kiosk('lobby');
    const upstairs = await kiosk('upstairs');
    await issueMany(lobby, 12);
    expect((await issue(lobby)).ok).toBe(false);
    await issueMany(upstairs, 12);
    expect((await issue(upstairs)).ok).toBe(false);
  });

  it('staff issuing for a customer is not limited, nor counted against a kiosk', async () => {
    const lobby = await kiosk('lobby');
    const cashier = await t.login('1001', '1234', 1);
    for (let i = 0; i < 30; i++) await t.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, cashier);
    await issueMany(lobby, 12);
    expect((await issue(lobby)).ok).toBe(false);
    await t.call('queue.issueTicket', { serviceCode: 'A', lane: 'priority', priorityReason: '轮椅' }, cashier);
  });

  it('the limit is the hall’s setting', async () => {
    t.close();
    t = testHall({ start: T0, config: { kioskTicketsPerMinute: 3 } });
    manager = await pairingManager(t.hall);
    const lobby = await kiosk('lobby');
    await issueMany(lobby, 3);
    expect(await issue(lobby)).toMatchObject({ ok: false, error: { params: { limit: 3 }, message: '取号太频繁：本取号机每分钟最多 3 张，请稍候再取' } });
  });

  it('a refused kiosk is audited with its address once a minute, not once a tap', async () => {
    const lobby = await kiosk('lobby');
    await issueMany(lobby, 12);
    for (let i = 0; i < 20; i++) expect((await issue(lobby)).ok).toBe(false);
    expect(refusals()).toEqual([{ subject: 'lobby', details: JSON.stringify({ limit: 12 }), source: DEVICE_SOURCE }]);
    at(59);
    expect((await issue(lobby)).ok).toBe(false);
    expect(refusals()).toHaveLength(1);
    // still hammering a minute later (it issued again meanwhile): a second row
    at(60);
    await issueMany(lobby, 12);
    expect((await issue(lobby)).ok).toBe(false);
    expect(refusals()).toHaveLength(2);
  });
});

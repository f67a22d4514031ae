// "后面的客户请到 X 号窗口办理": the window a pause sends customers to must exist, serve (not
// paused), have someone signed in, and not be the pausing window itself. Each case below was
// accepted before the rule (window 1 could send its customers to itself or to a window 9).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';

let t: TestHall;
let w1: string;
let w3: string;
beforeEach(async () => {
  t = testHall({ start: '2026-11-23T02:00:00.000Z' });
  w1 = await t.login('1001', '1234', 1);
  w3 = await t.login('1002', '1234', 3);
});
afterEach(() => t.close());

const pause = (token: string, redirectWindow: number | null) => t.raw('queue.pause', { reason: 'settlement', note: null, redirectWindow, expectedBackMinutes: 15 }, token);
const refusal = async (token: string, redirectWindow: number | null) => {
  const res = await pause(token, redirectWindow);
  return res.ok ? null : { code: res.error.code, key: res.error.key, params: res.error.params };
};
const pausedWindows = async () => (await t.call('queue.board', {}, w1)).windows.filter((w) => w.status === 'paused').map((w) => w.windowNo);

describe('queue.pause: where the customers are sent', () => {
  it('refuses the pausing window itself', async () => {
    expect(await refusal(w1, 1)).toEqual({ code: 'invalid_input', key: 'queue:errors.redirectSelf', params: { windowNo: 1 } });
    expect(await pausedWindows()).toEqual([]);
  });

  it('refuses a window that does not exist (the hall display would say 请到 9 号窗口办理)', async () => {
    expect(await refusal(w1, 9)).toEqual({ code: 'not_found', key: 'queue:errors.redirectUnknown', params: { windowNo: 9 } });
    expect(await pausedWindows()).toEqual([]);
  });

  it('refuses a window that is paused itself', async () => {
    expect((await pause(w3, null)).ok).toBe(true);
    expect(await refusal(w1, 3)).toEqual({ code: 'conflict', key: 'queue:errors.redirectPaused', params: { windowNo: 3 } });
    expect(await pausedWindows()).toEqual([3]);
  });

  it('refuses a window where nobody is signed in (window 2, and window 3 after its cashier signed out)', async () => {
    expect(await refusal(w1, 2)).toEqual({ code: 'conflict', key: 'queue:errors.redirectUnstaffed', params: { windowNo: 2 } });
    await t.call('session.logout', {}, w3);
    expect(await refusal(w1, 3)).toEqual({ code: 'conflict', key: 'queue:errors.redirectUnstaffed', params: { windowNo: 3 } });
  });

  it('counts a sign-in that has expired as nobody', async () => {
    t.clock.advance((t.hall.config.sessionHours + 1) * 3_600_000);
    const fresh = await t.login('1001', '1234', 1);
    expect(await refusal(fresh, 3)).toMatchObject({ key: 'queue:errors.redirectUnstaffed' });
  });

  it('accepts an open, staffed other window, and no redirect at all', async () => {
    expect((await pause(w1, 3)).ok).toBe(true);
    const board = await t.call('queue.board', {}, w1);
    expect(board.windows.find((w) => w.windowNo === 1)?.pause).toMatchObject({ redirectWindow: 3 });
    await t.call('queue.resume', {}, w1);
    expect((await pause(w1, null)).ok).toBe(true);
  });

  it('says why in the caller’s language', async () => {
    const en = (await t.call('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'test-en', windowNo: 1, locale: 'en' })).token;
    const res = await t.raw('queue.pause', { reason: 'away', redirectWindow: 9 }, en);
    expect(res.ok ? null : res.error.message).toBe('There is no window 9');
  });
});

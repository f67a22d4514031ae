// Windows bound to devices (issue 20). Before: any cashier signed in as any window from any
// machine, and at two windows at once; a back-office laptop issued W01 receipts. Now over the LAN
// a window is taken only from the counter PC a manager paired for it, the session is bound to
// that PC, and a window has one operator session: a second sign-in there takes over, says so to
// the screen left behind, and is audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { testHall, type TestHall } from '../../support/hall.ts';
import { pairDevice, pairingManager } from '../../support/pairing.ts';
import { loadMigrations, migrate } from '../../../electron/hall/db/migrate.ts';
import type { ApiResponse } from '../../../shared/errors.ts';
import type { Output } from '../../../shared/api/index.ts';
import type { PublishedEvent } from '../../../electron/hall/events.ts';

let t: TestHall;
let manager: string;
let pc1: string;
let pc2: string;
beforeEach(async () => {
  t = testHall();
  manager = await pairingManager(t.hall);
  pc1 = (await pairDevice(t.hall, manager, { role: 'counter', terminalId: 'pc-window-1', windowNo: 1, source: '10.0.0.11' })).deviceToken;
  pc2 = (await pairDevice(t.hall, manager, { role: 'counter', terminalId: 'pc-window-2', windowNo: 2, source: '10.0.0.12' })).deviceToken;
});
afterEach(() => t.close());

const LAPTOP = '10.0.0.99';
const keyOf = (r: ApiResponse) => (r.ok ? 'ok' : (r.error.key ?? r.error.code));
const signIn = (from: { source: string; device?: string | null }, windowNo: number | null, code = '1001', pin = '1234') =>
  t.hall.dispatcher.call({ token: null, source: from.source, device: from.device ?? null }, 'session.login', { operatorCode: code, pin, terminalId: 'typed-by-the-form', windowNo });
const session = (r: ApiResponse) => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.result as Output<'session.login'>;
};
const openAt = (windowNo: number) =>
  t.hall.db.prepare('SELECT o.code FROM sessions s JOIN operators o ON o.id = s.operator_id WHERE s.window_no = ? AND s.ended_at IS NULL').pluck().all(windowNo) as string[];
const audit = (action: string) =>
  t.hall.db.prepare('SELECT subject, details, operator_code, source FROM audit_log WHERE action = ? ORDER BY id').all(action) as Array<{ subject: string; details: string; operator_code: string; source: string }>;

describe('a window is signed in at only from the counter PC paired for it', () => {
  it('a machine with no pairing, a kiosk and the PC of window 2 cannot sign in at window 1; before any PIN is checked', async () => {
    expect(keyOf(await signIn({ source: LAPTOP }, 1))).toBe('net:errors.windowNeedsPairing');
    const kiosk = (await pairDevice(t.hall, manager, { role: 'kiosk', terminalId: 'lobby', source: '10.0.0.20' })).deviceToken;
    expect(keyOf(await signIn({ source: '10.0.0.20', device: kiosk }, 1))).toBe('net:errors.windowNeedsPairing');
    const refused = await signIn({ source: '10.0.0.12', device: pc2 }, 1);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'net:errors.windowNotYours', params: { windowNo: 1, deviceWindow: 2 } } });
    expect(refused.ok ? '' : refused.error.message).toBe('这台电脑配对的是 2 号窗口，不能登录 1 号窗口');
    // a wrong PIN from the wrong machine is refused for the machine, not counted as a guess
    expect(keyOf(await signIn({ source: LAPTOP }, 1, '1001', '0000'))).toBe('net:errors.windowNeedsPairing');
    expect(audit('session.loginRefused')).toEqual([]);
    expect(openAt(1)).toEqual([]);
  });

  it('the PC of window 1 signs in there; the session carries the PC’s terminal and ends with its pairing', async () => {
    const s = session(await signIn({ source: '10.0.0.11', device: pc1 }, 1));
    expect(s).toMatchObject({ role: 'cashier', windowNo: 1, terminalId: 'pc-window-1' });
    expect(t.hall.dispatcher.callerFor({ token: s.token, device: pc1, source: '10.0.0.11' }).windowNo).toBe(1);
    const device = (await t.call('pairing.devices', {}, manager)).devices.find((d) => d.terminalId === 'pc-window-1')!;
    await t.call('pairing.revoke', { deviceId: device.id }, manager);
    expect(keyOf(await t.hall.dispatcher.call({ token: s.token }, 'session.whoami', {}))).toBe('net:errors.deviceNotPaired');
  });

  it('without a window (the manager screen) any machine signs in; the shell’s own windows and in-process callers name their window', async () => {
    expect(session(await signIn({ source: LAPTOP }, null, '9001', '9999')).windowNo).toBeNull();
    expect(session(await signIn({ source: 'ipc:counter-3' }, 3, '1002')).windowNo).toBe(3);
    expect((await t.call('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'cli', windowNo: 2 })).windowNo).toBe(2);
  });

  it('a session opened at a PC works over the LAN only from that PC', async () => {
    const atWindow2 = session(await signIn({ source: '10.0.0.12', device: pc2 }, 2, '1002'));
    const from = (source: string, device: string | null) => t.hall.dispatcher.call({ token: atWindow2.token, source, device }, 'session.whoami', {});
    expect(keyOf(await from('10.0.0.12', pc2))).toBe('ok');
    const carried = await from('10.0.0.11', pc1);
    expect(carried).toMatchObject({ ok: false, error: { code: 'session_expired', key: 'net:errors.sessionOtherDevice' } });
    expect(keyOf(await from(LAPTOP, null))).toBe('net:errors.sessionOtherDevice');
    // what it may do is not widened by the other PC's window either: it cannot take payments as window 1
    expect(keyOf(await t.hall.dispatcher.call({ token: atWindow2.token, source: '10.0.0.11', device: pc1 }, 'ledger.recordPayment', { accountNo: 'x' }))).toBe('net:errors.sessionOtherDevice');
  });
});

describe('one operator session per window', () => {
  it('a second sign-in at window 1 takes it over: the first screen is told by whom, the audit says so, the display learns the new cashier', async () => {
    const events: PublishedEvent[] = [];
    t.hall.bus.subscribe((e) => events.push(e));
    const first = session(await signIn({ source: '10.0.0.11', device: pc1 }, 1, '1001'));
    t.clock.advance(60_000);
    const second = session(await signIn({ source: '10.0.0.11', device: pc1 }, 1, '1002'));
    expect(openAt(1)).toEqual(['1002']);

    const told = await t.hall.dispatcher.call({ token: first.token, source: '10.0.0.11', device: pc1 }, 'session.whoami', {});
    expect(told).toMatchObject({ ok: false, error: { code: 'session_expired', key: 'net:errors.takenOver', params: { windowNo: 1, operatorCode: '1002', operatorName: '刘建国' } } });
    expect(told.ok ? '' : told.error.message).toBe('1 号窗口已由 刘建国（工号 1002）在别处登录，本机已退出');
    expect(keyOf(await t.hall.dispatcher.call({ token: second.token, source: '10.0.0.11', device: pc1 }, 'session.whoami', {}))).toBe('ok');

    expect(audit('session.takenOver')).toEqual([expect.objectContaining({ subject: '1001', operator_code: '1002', source: '10.0.0.11' })]);
    expect(JSON.parse(audit('session.takenOver')[0]!.details)).toMatchObject({ windowNo: 1, terminalId: 'pc-window-1' });
    expect(events.filter((e) => e.name === 'session.windowStaffed').map((e) => e.payload)).toEqual([
      { windowNo: 1, operator: { code: '1001', name: '王晓梅' }, tookOverFrom: [] },
      { windowNo: 1, operator: { code: '1002', name: '刘建国' }, tookOverFrom: ['1001'] },
    ]);
    // the customer display names who serves now
    expect((await t.call('counter.customerView', { windowNo: 1 }, second.token)).cashier).toEqual({ code: '1002', name: '刘建国' });
  });

  it('signing out ends only that session, and says nothing of a takeover; a sign-in at another window takes nothing over', async () => {
    const one = session(await signIn({ source: '10.0.0.11', device: pc1 }, 1, '1001'));
    session(await signIn({ source: '10.0.0.12', device: pc2 }, 2, '1002'));
    expect(openAt(1)).toEqual(['1001']);
    expect(openAt(2)).toEqual(['1002']);
    await t.hall.dispatcher.call({ token: one.token, source: '10.0.0.11', device: pc1 }, 'session.logout', {});
    expect(keyOf(await t.hall.dispatcher.call({ token: one.token, source: '10.0.0.11', device: pc1 }, 'session.whoami', {}))).toBe('session_expired');
    expect(audit('session.takenOver')).toEqual([]);
  });

  it('the database itself refuses a second open session at a window', async () => {
    session(await signIn({ source: '10.0.0.11', device: pc1 }, 1, '1001'));
    const operatorId = t.hall.db.prepare("SELECT id FROM operators WHERE code = '1002'").pluck().get();
    expect(() =>
      t.hall.db
        .prepare("INSERT INTO sessions (token_sha256, role, terminal_id, window_no, operator_id, locale, created_at) VALUES ('x', 'cashier', 't', 1, ?, 'zh-CN', '2026-11-23T02:00:00.000Z')")
        .run(operatorId),
    ).toThrow(/UNIQUE/);
  });
});

describe('the migration to one session per window', () => {
  it('keeps the newest open session at each window and ends the others as taken over, at the moment the newest began', () => {
    const db = new Database(':memory:');
    const all = loadMigrations();
    const before = all.findIndex((m) => m.name.includes('window-binding'));
    migrate(db, new Date('2026-11-01T00:00:00Z'), all.slice(0, before));
    db.prepare("INSERT INTO counter_windows (window_no, label) VALUES (1, 'w1'), (2, 'w2')").run();
    const op = (code: string) => Number(db.prepare("INSERT INTO operators (code, name, role, pin_hash, created_at) VALUES (?, ?, 'cashier', 'h', '2026-11-01T00:00:00Z')").run(code, code).lastInsertRowid);
    const [a, b, c] = [op('1001'), op('1002'), op('1003')];
    const add = db.prepare("INSERT INTO sessions (token_sha256, role, terminal_id, window_no, operator_id, locale, created_at) VALUES (?, 'cashier', 't', ?, ?, 'zh-CN', ?)");
    add.run('s1', 1, a, '2026-11-20T01:00:00.000Z');
    add.run('s2', 1, b, '2026-11-20T02:00:00.000Z');
    add.run('s3', 1, c, '2026-11-20T02:00:00.000Z'); // same instant: the later row wins
    add.run('s4', 2, a, '2026-11-20T03:00:00.000Z');
    migrate(db, new Date('2026-11-21T00:00:00Z'), all);
    const rows = db.prepare('SELECT token_sha256 AS k, ended_at, ended_reason, taken_over_by FROM sessions ORDER BY k').all();
    expect(rows).toEqual([
      { k: 's1', ended_at: '2026-11-20T02:00:00.000Z', ended_reason: 'takenOver', taken_over_by: b },
      { k: 's2', ended_at: '2026-11-20T02:00:00.000Z', ended_reason: 'takenOver', taken_over_by: c },
      { k: 's3', ended_at: null, ended_reason: null, taken_over_by: null },
      { k: 's4', ended_at: null, ended_reason: null, taken_over_by: null },
    ]);
  });
});

import { describe, it, expect, afterEach } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { testHall, type TestHall } from '../../support/hall.ts';
import { z } from 'zod';
import type { PublishedEvent } from '../../../electron/hall/events.ts';
import { events } from '../../../shared/api/index.ts';

let t: TestHall;
afterEach(() => t?.close());

function auditCount(): number {
  return t.hall.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number;
}

describe('dispatch: the single choke point', () => {
  it('rejects unknown methods', async () => {
    t = testHall();
    const res = await t.raw('ledger.stealMoney', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_method', message: '没有这个功能：ledger.stealMoney' } });
  });

  it('asks an anonymous caller to sign in before a session-only method', async () => {
    t = testHall();
    const res = await t.raw('system.ping', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'not_signed_in', message: '请先登录' } });
    expect(auditCount()).toBe(0);
  });

  it('rejects a forged or ended token as an expired session', async () => {
    t = testHall();
    expect(await t.raw('system.ping', {}, 'forged-token')).toMatchObject({ ok: false, error: { code: 'session_expired' } });
    const token = await t.login();
    expect((await t.raw('system.ping', {}, token)).ok).toBe(true);
    await t.call('session.logout', {}, token);
    expect(await t.raw('system.ping', {}, token)).toMatchObject({ ok: false, error: { code: 'session_expired' } });
  });

  it('expires operator sessions after the configured hours', async () => {
    t = testHall();
    const token = await t.login();
    t.clock.advance(17 * 3_600_000);
    expect(await t.raw('system.ping', {}, token)).toMatchObject({ ok: false, error: { code: 'session_expired' } });
  });

  it('validates input at the border with messages in the caller’s language', async () => {
    t = testHall();
    const zh = await t.raw('session.login', { operatorCode: '1', pin: '12', terminalId: 'a b' });
    expect(zh.ok).toBe(false);
    if (zh.ok) return;
    expect(zh.error.code).toBe('invalid_input');
    expect(zh.error.message).toMatch(/^输入有误：/);
    // Field names and problems in the caller's words, not zod's or the schema's.
    expect(zh.error.message).toContain('工号：应为 2–12 位字母或数字');
    expect(zh.error.message).toContain('密码：至少 4 个字符');
    expect(zh.error.issues?.map((i) => i.path).sort()).toEqual(['operatorCode', 'pin', 'terminalId']);
    const en = await t.hall.dispatcher.call({ token: null, locale: 'en' }, 'session.login', { operatorCode: '1', pin: 5 });
    expect(en.ok).toBe(false);
    if (!en.ok) {
      expect(en.error.message).toMatch(/^Invalid input: .*PIN: wrong type/);
      expect(en.error.message).toContain('Operator number: 2–12 letters or digits');
      expect(en.error.message).toContain('Terminal id: required');
      expect(en.error.message).not.toMatch(/[\u4e00-\u9fff]/);
    }
    const extra = await t.raw('system.health', { sneaky: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('does not say which half of a bad login was wrong', async () => {
    t = testHall();
    const wrongPin = await t.raw('session.login', { operatorCode: '1001', pin: '0000', terminalId: 't1' });
    const noSuchOperator = await t.raw('session.login', { operatorCode: '7777', pin: '1234', terminalId: 't1' });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'bad_credentials', message: '工号或密码不正确' } });
    expect(noSuchOperator).toEqual(wrongPin);
  });

  it('records who signed in, when and where, in the audit log', async () => {
    t = testHall();
    await t.login('1001', '1234', 2);
    const row = t.hall.db.prepare("SELECT * FROM audit_log WHERE action = 'session.login'").get() as Record<string, unknown>;
    expect(row).toMatchObject({ operator_code: '1001', role: 'cashier', terminal_id: 'test-1001', window_no: 2, at: '2026-11-23T01:00:00.000Z' });
  });

  it('refuses a login at a window that does not exist', async () => {
    t = testHall();
    const res = await t.raw('session.login', { operatorCode: '1001', pin: '1234', terminalId: 't1', windowNo: 42 });
    expect(res).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.hall.db.prepare('SELECT COUNT(*) FROM sessions').pluck().get()).toBe(0);
  });

  it('publishes a command’s events only after it committed, and in one transaction with its audit line', async () => {
    t = testHall();
    const token = await t.login();
    const seen: PublishedEvent[] = [];
    let auditRowsWhenPublished = -1;
    t.hall.bus.subscribe((e) => {
      seen.push(e);
      auditRowsWhenPublished = t.hall.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'system.ping'").pluck().get() as number;
    });
    await t.call('system.ping', { note: 'hello' }, token);
    expect(seen.map((e) => e.name)).toEqual(['system.pinged']);
    expect(auditRowsWhenPublished).toBe(1);
  });

  it('rolls back everything and publishes nothing when a command fails half-way', async () => {
    t = testHall();
    const token = await t.login();
    const before = auditCount();
    const seen: string[] = [];
    t.hall.bus.subscribe((e) => seen.push(e.name));
    // Break the audit table so the ping's audit insert fails after its handler started.
    t.hall.db.exec("CREATE TRIGGER break_ping BEFORE INSERT ON audit_log WHEN NEW.action = 'system.ping' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;");
    const res = await t.raw('system.ping', {}, token);
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!res.ok) expect(res.error.message).toMatch(/系统内部错误，请联系管理员（编号 [0-9a-f]{8}）/);
    expect(auditCount()).toBe(before);
    expect(seen).toEqual([]);
  });

  it('checks a command’s events before it commits: a payload that breaks the contract rolls it back', async () => {
    t = testHall();
    const token = await t.login();
    const before = auditCount();
    const seen: string[] = [];
    t.hall.bus.subscribe((e) => seen.push(e.name));
    // The contract now wants something the ping's event does not carry.
    const pinged = events['system.pinged'] as { payload: z.ZodType };
    const original = pinged.payload;
    pinged.payload = z.object({ terminalId: z.number() });
    try {
      const res = await t.raw('system.ping', {}, token);
      expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      pinged.payload = original;
    }
    expect(auditCount()).toBe(before);
    expect(seen).toEqual([]);
  });

  it('a write that waits past the busy timeout for another writer is "busy, try again", not an internal error', async () => {
    t = testHall({ file: true });
    const token = await t.login();
    const other = new Database(join(t.dir, 'hall.db'));
    try {
      other.exec('BEGIN IMMEDIATE'); // another hall process in the middle of its own write
      t.hall.db.pragma('busy_timeout = 20');
      const res = await t.raw('system.ping', {}, token);
      expect(res).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'busy', message: '系统正忙，请稍候再试' } });
    } finally {
      other.close();
    }
    expect((await t.raw('system.ping', {}, token)).ok).toBe(true);
  });

  it('health answers anonymously with every check green on a fresh hall', async () => {
    t = testHall();
    const health = await t.call('system.health', {});
    expect(health.ok).toBe(true);
    expect(health.checks.map((c) => c.id)).toEqual(['service', 'database', 'journal', 'schema', 'storage', 'clock']); // an in-memory hall keeps no backups
    expect(health.branchName).toBe('城东供热营业厅');
  });

  it('device sessions get their role from the session, not from later requests', async () => {
    t = testHall();
    const kiosk = await t.call('session.openDevice', { role: 'kiosk', terminalId: 'kiosk-1' });
    const me = await t.call('session.whoami', {}, kiosk.token);
    expect(me).toMatchObject({ role: 'kiosk', terminalId: 'kiosk-1', operator: null });
    // A device cannot become a cashier by asking.
    const res = await t.raw('session.openDevice', { role: 'cashier', terminalId: 'kiosk-1' }, kiosk.token);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the language of a call', () => {
  it('is the one the screen shows now: a kiosk opened in Chinese answers an English-speaking customer in English', async () => {
    const h = testHall();
    try {
      const kiosk = (await h.call('session.openDevice', { role: 'kiosk', terminalId: 'lobby', locale: 'zh-CN' })).token;
      const en = await h.hall.dispatcher.call({ token: kiosk, locale: 'en' }, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal' });
      expect(en).toMatchObject({ ok: true, result: { serviceName: 'Payments' } });
      const refused = await h.hall.dispatcher.call({ token: kiosk, locale: 'en' }, 'queue.issueTicket', { serviceCode: 'Z', lane: 'normal' });
      expect(refused.ok ? '' : refused.error.message).toMatch(/^[\x20-\x7e]+$/);
      // a call that does not say keeps the session's language
      expect(await h.hall.dispatcher.call({ token: kiosk }, 'queue.issueTicket', { serviceCode: 'A', lane: 'normal' })).toMatchObject({ ok: true, result: { serviceName: '缴费' } });
    } finally {
      h.close();
    }
  });
});

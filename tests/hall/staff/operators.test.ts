// The manager's staff list: add, reset a PIN (changed at next sign-in), deactivate, PIN policy;
// every change audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';

let t: TestHall;
let manager: string;
beforeEach(async () => {
  t = testHall();
  manager = await t.login('9001', '9999', null);
});
afterEach(() => t.close());

const audit = (action: string) => t.hall.db.prepare('SELECT subject, operator_code FROM audit_log WHERE action = ? ORDER BY id').all(action) as Array<{ subject: string; operator_code: string }>;

describe('staff management', () => {
  it('a new cashier signs in only after choosing their own PIN', async () => {
    const created = await t.call('staff.createOperator', { code: '1003', name: '陈静', role: 'cashier', pin: '480257' }, manager);
    expect(created).toMatchObject({ code: '1003', active: true, mustChangePin: true });
    expect(audit('staff.operatorCreated')).toEqual([{ subject: '1003', operator_code: '9001' }]);

    const without = await t.raw('session.login', { operatorCode: '1003', pin: '480257', terminalId: 'c1', windowNo: 1 });
    expect(without).toMatchObject({ ok: false, error: { code: 'conflict', key: 'staff:errors.pinChangeRequired' } });
    expect(await t.raw('session.login', { operatorCode: '1003', pin: '480257', newPin: '480257', terminalId: 'c1', windowNo: 1 })).toMatchObject({ ok: false, error: { key: 'staff:pin.sameAsOld' } });
    expect(await t.raw('session.login', { operatorCode: '1003', pin: '480257', newPin: '111111', terminalId: 'c1', windowNo: 1 })).toMatchObject({ ok: false, error: { key: 'staff:pin.trivial' } });
    expect(await t.raw('session.login', { operatorCode: '1003', pin: 'wrong-one', newPin: '739152', terminalId: 'c1', windowNo: 1 })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    const signed = await t.raw('session.login', { operatorCode: '1003', pin: '480257', newPin: '739152', terminalId: 'c1', windowNo: 1 });
    expect(signed).toMatchObject({ ok: true, result: { role: 'cashier', windowNo: 1 } });
    // the old PIN is gone, the new one works without further questions
    expect(await t.raw('session.login', { operatorCode: '1003', pin: '480257', terminalId: 'c1', windowNo: 1 })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await t.raw('session.login', { operatorCode: '1003', pin: '739152', terminalId: 'c1', windowNo: 1 })).toMatchObject({ ok: true });
    expect(audit('staff.pinChanged').map((a) => a.subject)).toEqual(['1003']);
  });

  it('a reset PIN must be changed at the next sign-in; a taken number is refused', async () => {
    const list = await t.call('staff.listOperators', {}, manager);
    const cashier = list.operators.find((o) => o.code === '1001')!;
    expect(list.pinPolicy).toEqual({ minLength: 6, maxLength: 6, digitsOnly: true, refuseTrivial: true });
    expect(await t.raw('staff.resetPin', { operatorId: cashier.id, pin: '1234' }, manager)).toMatchObject({ ok: false, error: { key: 'staff:pin.tooShort' } });
    expect(await t.call('staff.resetPin', { operatorId: cashier.id, pin: '602418' }, manager)).toMatchObject({ mustChangePin: true });
    expect(await t.raw('session.login', { operatorCode: '1001', pin: '602418', terminalId: 'c1', windowNo: 1 })).toMatchObject({ ok: false, error: { key: 'staff:errors.pinChangeRequired' } });
    expect(await t.raw('staff.createOperator', { code: '1001', name: '重名', role: 'cashier', pin: '480257' }, manager)).toMatchObject({ ok: false, error: { key: 'staff:errors.codeTaken' } });
    expect(audit('staff.pinReset').map((a) => a.subject)).toEqual(['1001']);
  });

  it('deactivating ends the operator’s sessions; the last manager and oneself stay', async () => {
    const cashierToken = await t.login('1001', '1234', 1);
    const { operators } = await t.call('staff.listOperators', {}, manager);
    const id = (code: string) => operators.find((o) => o.code === code)!.id;
    expect(await t.call('staff.setActive', { operatorId: id('1001'), active: false }, manager)).toMatchObject({ active: false });
    expect(await t.raw('session.whoami', {}, cashierToken)).toMatchObject({ ok: false, error: { code: 'session_expired' } });
    expect(await t.raw('session.login', { operatorCode: '1001', pin: '1234', terminalId: 'c1', windowNo: 1 })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await t.raw('staff.setActive', { operatorId: id('9001'), active: false }, manager)).toMatchObject({ ok: false, error: { key: 'staff:errors.notYourself' } });
    await t.call('staff.createOperator', { code: '9002', name: '孙主任', role: 'manager', pin: '860314' }, manager);
    await t.raw('session.login', { operatorCode: '9002', pin: '860314', newPin: '935721', terminalId: 'm2' });
    const second = await t.login('9002', '935721', null);
    await t.call('staff.setActive', { operatorId: id('9001'), active: false }, second);
    const third = await t.call('staff.listOperators', {}, second);
    expect(await t.raw('staff.setActive', { operatorId: third.operators.find((o) => o.code === '9002')!.id, active: false }, second)).toMatchObject({ ok: false });
    expect(await t.call('staff.setActive', { operatorId: id('1001'), active: true }, second)).toMatchObject({ active: true });
    expect(audit('staff.operatorDeactivated').map((a) => a.subject)).toEqual(['1001', '9001']);
    expect(audit('staff.operatorActivated').map((a) => a.subject)).toEqual(['1001']);
  });

  it('the PIN policy is the manager’s to set; cashiers cannot touch staff', async () => {
    expect(await t.call('staff.setPinPolicy', { minLength: 4, maxLength: 8, digitsOnly: false, refuseTrivial: true }, manager)).toMatchObject({ minLength: 4 });
    const created = await t.call('staff.createOperator', { code: '1004', name: '周强', role: 'cashier', pin: 'ab12' }, manager);
    expect(created.code).toBe('1004');
    expect(await t.raw('staff.setPinPolicy', { minLength: 8, maxLength: 6, digitsOnly: true, refuseTrivial: true }, manager)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const cashier = await t.login('1001', '1234', 1);
    for (const [method, input] of [
      ['staff.listOperators', {}],
      ['staff.createOperator', { code: '1005', name: 'x', role: 'manager', pin: '480257' }],
      ['staff.setPinPolicy', { minLength: 4, maxLength: 4, digitsOnly: true, refuseTrivial: false }],
    ] as const) {
      expect(await t.raw(method, input, cashier)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(audit('staff.pinPolicyChanged')).toHaveLength(1);
  });

  it('a manager’s PIN lets a locked-down terminal be left; a wrong one is on record', async () => {
    const kiosk = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'main' })).token;
    expect(await t.raw('staff.approveTerminalAdmin', { operatorCode: '9001', pin: '0000', action: 'exit' }, kiosk)).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await t.raw('staff.approveTerminalAdmin', { operatorCode: '1001', pin: '1234', action: 'exit' }, kiosk)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call('staff.approveTerminalAdmin', { operatorCode: '9001', pin: '9999', action: 'exit' }, kiosk)).toEqual({ ok: true, operatorCode: '9001' });
    expect(audit('approval.refused')).toHaveLength(2);
    expect(audit('terminal.admin.exit')).toEqual([{ subject: 'main', operator_code: null }]);
  });
});

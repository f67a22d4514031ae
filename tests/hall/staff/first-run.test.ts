// First run of a real installation: nobody can sign in until the setup names the branch and
// creates the first manager with a PIN of their choosing; it cannot be run twice.
import { afterEach, describe, expect, it } from 'vitest';
import { createHall, type Hall } from '../../../electron/hall/hall.ts';
import { ManualClock } from '../../../electron/hall/clock.ts';
import type { ApiResponse } from '../../../shared/errors.ts';

let hall: Hall;
afterEach(() => hall?.close());

const SETUP = { branchName: '河西供热营业厅', companyName: '河西热力有限公司', windowCount: 4, manager: { code: '8001', name: '赵敏', pin: '258036' } };
const call = (method: string, input: unknown, token: string | null = null): Promise<ApiResponse> => hall.dispatcher.call({ token }, method, input);

describe('first-run setup', () => {
  it('an empty hall asks for setup; nobody signs in before it', async () => {
    hall = createHall({ dbPath: ':memory:', printWorker: false }, new ManualClock('2026-12-01T01:00:00Z'));
    expect(await call('staff.setupStatus', {})).toMatchObject({ ok: true, result: { needed: true } });
    expect(await call('session.login', { operatorCode: '9001', pin: '9999', terminalId: 'x' })).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(hall.db.prepare('SELECT COUNT(*) FROM operators').pluck().get()).toBe(0);
  });

  it('creates the windows, names the branch and signs the first manager in with the PIN they chose', async () => {
    const clock = new ManualClock('2026-12-01T01:00:00Z');
    hall = createHall({ dbPath: ':memory:', printWorker: false }, clock);
    expect(await call('staff.completeSetup', SETUP)).toMatchObject({ ok: true });
    expect(await call('staff.setupStatus', {})).toMatchObject({ result: { needed: false, branchName: '河西供热营业厅' } });
    expect((await call('system.health', {})) as { result: { branchName: string } }).toMatchObject({ result: { branchName: '河西供热营业厅' } });
    expect(hall.db.prepare('SELECT window_no FROM counter_windows ORDER BY window_no').pluck().all()).toEqual([1, 2, 3, 4]);
    const login = await call('session.login', { operatorCode: '8001', pin: '258036', terminalId: 'manager' });
    expect(login).toMatchObject({ ok: true, result: { role: 'manager' } }); // no forced change: the PIN is their own
    const audit = hall.db.prepare("SELECT action, subject, details FROM audit_log WHERE action = 'setup.completed'").get() as { subject: string; details: string };
    expect(audit.subject).toBe('河西供热营业厅');
    expect(JSON.parse(audit.details)).toEqual({ windowCount: 4, managerCode: '8001' });
  });

  it('refuses to run again, a weak first PIN, and demo data never appears without the demo flag', async () => {
    hall = createHall({ dbPath: ':memory:', printWorker: false }, new ManualClock('2026-12-01T01:00:00Z'));
    expect(await call('staff.completeSetup', { ...SETUP, manager: { ...SETUP.manager, pin: '123456' } })).toMatchObject({ ok: false, error: { key: 'staff:pin.trivial' } });
    expect(await call('staff.completeSetup', { ...SETUP, manager: { ...SETUP.manager, pin: '2580' } })).toMatchObject({ ok: false, error: { key: 'staff:pin.tooShort', message: '密码至少 6 位' } });
    expect(await call('staff.completeSetup', SETUP)).toMatchObject({ ok: true });
    expect(await call('staff.completeSetup', { ...SETUP, manager: { code: '6666', name: '某人', pin: '975310' } })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'staff:errors.alreadySetUp' } });
    expect(hall.db.prepare('SELECT code FROM operators').pluck().all()).toEqual(['8001']);
    expect(hall.db.prepare('SELECT COUNT(*) FROM accounts').pluck().get()).toBe(0);
  });

  it('the branch name set up survives a restart', async () => {
    const clock = new ManualClock('2026-12-01T01:00:00Z');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cd-setup-'));
    try {
      hall = createHall({ dbPath: join(dir, 'hall.db'), printWorker: false }, clock);
      await call('staff.completeSetup', SETUP);
      hall.close();
      hall = createHall({ dbPath: join(dir, 'hall.db'), printWorker: false }, clock);
      expect(hall.config.branchName).toBe('河西供热营业厅');
      expect(hall.config.companyName).toBe('河西热力有限公司');
    } finally {
      hall.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

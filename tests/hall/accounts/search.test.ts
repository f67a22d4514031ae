import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';
import { writeDemoAccounts } from '../../../electron/hall/demo/demo-accounts.ts';
import { accountWriter } from '../../../electron/hall/accounts/accounts-store.ts';
import type { AccountRecord } from '../../../electron/hall/accounts/account-record.ts';

const base: Omit<AccountRecord, 'accountNo' | 'name' | 'phone' | 'community' | 'building' | 'unit' | 'room' | 'address'> = {
  customerClass: 'residential',
  heatedAreaCentiM2: 8937,
  heatingStatus: 'normal',
  lowIncome: false,
  meterNo: null,
  arrears: [],
};

function person(accountNo: string, name: string, phone: string, community: string, building: string, unit: string, room: string): AccountRecord {
  return { ...base, accountNo, name, phone, community, building, unit, room, address: `${community}${building}${unit}${room}` };
}

describe('accounts.search', () => {
  let t: TestHall;
  let token: string;
  beforeAll(async () => {
    t = testHall();
    writeDemoAccounts(t.hall.db, 3000, { seed: 5, season: '2026-2027', now: t.clock.now() });
    const w = accountWriter(t.hall.db, t.clock.now());
    t.hall.db.transaction(() => {
      w.write(person('20000001', '张三丰', '13912345678', '武当小区', '3号楼', '2单元', '501室'), 'test');
      w.write(person('20000002', '张珊', '13800005678', '武当小区', '3号楼', '2单元', '502室'), 'test');
      w.write(person('20000003', '单田芳', '13700001111', '曲艺花园', '1号楼', '1单元', '101室'), 'test');
      w.write(person('20000004', '吕布', '', '三国里', '9号楼', '1单元', '101室'), 'test');
    })();
    token = await t.login();
  });
  afterAll(() => t.close());

  const search = (text: string, limit = 20) => t.call('accounts.search', { text, limit }, token);

  it('finds an account by its exact number, first', async () => {
    const r = await search('20000001');
    expect(r.results[0]).toMatchObject({ accountNo: '20000001', name: '张三丰', match: 'accountNo' });
  });

  it('finds accounts by number prefix, in order', async () => {
    const r = await search('2000000');
    expect(r.results.map((a) => a.accountNo)).toEqual(['20000001', '20000002', '20000003', '20000004']);
    expect(r.results.every((a) => a.match === 'accountNoPrefix')).toBe(true);
  });

  it('finds by pinyin initials and full pinyin (zsf, zhangsanfeng → 张三丰)', async () => {
    expect((await search('zsf')).results[0]).toMatchObject({ name: '张三丰', match: 'initials' });
    expect((await search('zhangsanfeng')).results[0]).toMatchObject({ name: '张三丰', match: 'pinyin' });
    expect((await search('Zhang San Feng')).results[0]?.name).toBe('张三丰');
    // a surname reading: 单 as shan, not dan
    expect((await search('shantianfang')).results[0]?.name).toBe('单田芳');
    // ü typed as v
    expect((await search('lvbu')).results[0]?.name).toBe('吕布');
  });

  it('finds by full phone number and by its last 4 digits', async () => {
    expect((await search('13912345678')).results[0]).toMatchObject({ accountNo: '20000001', match: 'phone' });
    const last4 = await search('5678');
    const names = last4.results.filter((a) => a.match === 'phoneLast4').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['张三丰', '张珊']));
  });

  it('finds by name, exact before prefix', async () => {
    const r = await search('张三丰');
    expect(r.results[0]).toMatchObject({ name: '张三丰', match: 'name' });
    const prefix = await search('张');
    expect(prefix.results.length).toBeGreaterThan(2);
    expect(prefix.results.every((a) => a.name.startsWith('张'))).toBe(true);
  });

  it('finds by address fragment: building + unit, community + building + unit + room, and dashed', async () => {
    const r = await search('3号楼2单元', 100);
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results.every((a) => a.address.includes('3号楼2单元'))).toBe(true);
    expect((await search('武当小区3号楼2单元501室')).results.map((a) => a.accountNo)).toEqual(['20000001']);
    expect((await search('武当小区3号楼2单元')).results.map((a) => a.accountNo)).toEqual(['20000001', '20000002']);
    const dashed = await search('3-2-501', 100);
    expect(dashed.results.some((a) => a.accountNo === '20000001')).toBe(true);
    expect(dashed.results.every((a) => a.address.includes('3号楼2单元501室'))).toBe(true);
  });

  it('reads a scanned bill code in every documented format', async () => {
    for (const code of ['CDACC:20000003', 'CD:ACC:20000003', 'https://pay.example.cn/bill?acc=20000003', ']C1CDACC:20000003']) {
      const r = await search(code);
      expect(r.results).toHaveLength(1);
      expect(r.results[0]).toMatchObject({ accountNo: '20000003', match: 'scan' });
    }
  });

  it('ranks and limits: says when there are more', async () => {
    const r = await search('王', 5);
    expect(r.results).toHaveLength(5);
    expect(r.more).toBe(true);
    const none = await search('zzzzzzzz');
    expect(none).toEqual({ results: [], more: false });
  });

  it('refuses an empty query and a cashier without a session', async () => {
    expect((await t.raw('accounts.search', { text: '   ' }, token)).ok).toBe(false);
    const anonymous = await t.raw('accounts.search', { text: '张' });
    expect(anonymous.ok).toBe(false);
  });

  it('gets an account by number, and says clearly when there is none', async () => {
    const a = await t.call('accounts.get', { accountNo: '20000001' }, token);
    expect(a).toMatchObject({ name: '张三丰', community: '武当小区', building: '3号楼', unit: '2单元', room: '501室' });
    const missing = await t.raw('accounts.get', { accountNo: '99999999' }, token);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not_found');
  });
});

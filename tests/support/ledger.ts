// Helpers for ledger tests: a hall with the demo branch and a few known accounts with
// known charges, and a payment call that fills in what a counter screen would.
import { randomUUID } from 'node:crypto';
import { testHall, type TestHall } from './hall.ts';
import { accountWriter } from '../../electron/hall/accounts/accounts-store.ts';
import type { Input, Output } from '../../shared/api/index.ts';

export interface LedgerHall extends TestHall {
  cashier: string;
  cashier2: string;
  manager: string;
  pay(accountNo: string, extra?: Partial<Input<'ledger.recordPayment'>>, token?: string): Promise<Output<'ledger.recordPayment'>>;
  statement(accountNo: string): Promise<Output<'billing.statement'>>;
  count(table: string): number;
  /** Payments and reversals on record (the ledger also holds the shifts' entries). */
  counterEntries(): number;
}

export const KNOWN = {
  /** 89.37 m² residential: heating 2026-2027 ￥1,966.14, arrears 2025-2026 ￥500.00 */
  zhang: '30000001',
  /** no arrears: heating only */
  li: '30000002',
  /** stopped (停供) and low-income (低保) */
  wang: '30000003',
  /** a shop (non-residential, heating taxable): 50 m² × ￥33.00 = ￥1,650.00; only with `{ shop: true }` */
  shop: '30000004',
};

export async function ledgerHall(options: { file?: boolean; start?: string; printWorker?: boolean; shop?: boolean } = {}): Promise<LedgerHall> {
  const t = testHall(options);
  const w = accountWriter(t.hall.db, t.clock.now());
  const base = { community: '幸福小区', building: '3号楼', unit: '2单元', customerClass: 'residential' as const, meterNo: null };
  t.hall.db.transaction(() => {
    const add = (accountNo: string, name: string, room: string, extra: { area: number; stopped?: boolean; lowIncome?: boolean; arrears?: number; shop?: boolean }) => {
      const id = w.write(
        {
          ...base,
          ...(extra.shop ? { customerClass: 'nonResidential' as const } : {}),
          accountNo,
          name,
          room,
          address: `幸福小区3号楼2单元${room}`,
          phone: '13900001111',
          heatedAreaCentiM2: extra.area,
          heatingStatus: extra.stopped ? 'stopped' : 'normal',
          lowIncome: extra.lowIncome ?? false,
          arrears: extra.arrears ? [{ season: '2025-2026', amountFen: extra.arrears as never }] : [],
        },
        'test',
      );
      return id;
    };
    add(KNOWN.zhang, '张三丰', '501室', { area: 8937, arrears: 50_000 });
    add(KNOWN.li, '李四', '502室', { area: 10_000 });
    add(KNOWN.wang, '王五', '601室', { area: 10_000, stopped: true, lowIncome: true });
    if (options.shop) add(KNOWN.shop, '幸福超市', '底商1号', { area: 5_000, shop: true });
  })();
  const cashier = await t.login('1001', '1234', 1);
  const cashier2 = await t.login('1002', '1234', 2);
  const manager = await t.login('9001', '9999', 3);
  await t.call('billing.issueSeason', { season: '2026-2027' }, manager);
  // a window takes payments only during a shift: both cashiers open theirs, with no float
  await t.call('shifts.open', { floatFen: 0 }, cashier);
  await t.call('shifts.open', { floatFen: 0 }, cashier2);
  const lh: LedgerHall = {
    ...t,
    cashier,
    cashier2,
    manager,
    statement: (accountNo) => t.call('billing.statement', { accountNo }, cashier),
    async pay(accountNo, extra = {}, token = cashier) {
      const statement = await t.call('billing.statement', { accountNo }, token);
      const total = extra.expectedTotalFen ?? statement.totalFen;
      return t.call(
        'ledger.recordPayment',
        { idempotencyKey: randomUUID(), accountNo, expectedTotalFen: total, tenders: [{ method: 'cash', amountFen: total, reference: null }], ...extra },
        token,
      );
    },
    count: (table) => t.hall.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number,
    counterEntries: () => t.hall.db.prepare("SELECT COUNT(*) FROM ledger_entries WHERE kind IN ('payment', 'reversal')").pluck().get() as number,
  };
  return lh;
}

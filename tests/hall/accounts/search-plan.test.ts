// Each kind of search must stay an index range scan: a plan that falls back to scanning
// the accounts table would pass every functional test and still take 200 ms on a real branch.
import { afterAll, describe, expect, it } from 'vitest';
import { testHall } from '../../support/hall.ts';
import { accountSearchProbes } from '../../../electron/hall/accounts/account-search.ts';

describe('account search query plans', () => {
  const t = testHall();
  afterAll(() => t.close());
  const queries = ['10000001', '1000', '5678', '13912345678', 'zsf', 'zhangsanfeng', '张三丰', '3号楼2单元', '幸福小区3号楼2单元501室', '3-2-501', 'CDACC:10000001'];
  for (const text of queries) {
    it(`"${text}" uses an index for every probe`, () => {
      const probes = accountSearchProbes(text);
      expect(probes.length).toBeGreaterThan(0);
      for (const probe of probes) {
        const plan = t.hall.db.prepare(`EXPLAIN QUERY PLAN ${probe.sql} LIMIT 21`).all(...probe.params) as Array<{ detail: string }>;
        const details = plan.map((p) => p.detail).join(' | ');
        expect(details, probe.sql).toMatch(/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/);
        expect(details, probe.sql).not.toMatch(/^SCAN accounts$|SCAN accounts(?! USING)/);
      }
    });
  }
});

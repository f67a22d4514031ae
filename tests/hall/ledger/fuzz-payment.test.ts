// Fuzzed payment requests: whatever arrives, the answer is either a payment or a clear
// error in Chinese, and an error leaves no trace in the ledger, charges, print jobs or audit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ledgerHall, KNOWN } from '../../support/ledger.ts';
import { API_ERROR_CODES } from '../../../shared/errors.ts';
import { verifyLedger } from '../../../electron/hall/ledger/verify.ts';

const TABLES = ['ledger_entries', 'charges', 'print_jobs', 'audit_log'];

const amount = fc.oneof(fc.integer({ min: -10, max: 300_000 }), fc.constantFrom(0, 1, 5_000, 220_000, 255_564, Number.MAX_SAFE_INTEGER), fc.double(), fc.string(), fc.constant(null));
const tender = fc.record(
  {
    method: fc.oneof(fc.constantFrom('cash', 'card', 'wechat', 'alipay', 'cheque', 'transfer'), fc.string()),
    amountFen: amount,
    reference: fc.oneof(fc.constant(null), fc.string({ maxLength: 50 })),
  },
  { requiredKeys: [] },
);
const payload = fc.record(
  {
    idempotencyKey: fc.oneof(fc.uuid(), fc.string(), fc.constant('k')),
    accountNo: fc.oneof(fc.constantFrom(KNOWN.zhang, KNOWN.li, KNOWN.wang, '99999999'), fc.string()),
    chargeIds: fc.oneof(fc.constant(null), fc.array(fc.integer({ min: -2, max: 10 }), { maxLength: 4 })),
    items: fc.array(fc.record({ code: fc.constantFrom('KS', 'M-FM', 'NOPE', ''), quantity: fc.integer({ min: -1, max: 3 }) }), { maxLength: 3 }),
    expectedTotalFen: amount,
    tenders: fc.oneof(fc.array(tender, { maxLength: 4 }), fc.constant('cash')),
    cashReceivedFen: amount,
    waiveLateFee: fc.oneof(fc.constant(null), fc.record({ managerCode: fc.constantFrom('9001', '1001', 'x'), managerPin: fc.constantFrom('9999', '0000'), reason: fc.string({ maxLength: 10 }) })),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('fuzzed payment requests', () => {
  it('answer with a payment or a clear error, and errors write nothing', async () => {
    const h = await ledgerHall();
    const counts = () => TABLES.map((t) => h.count(t));
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        const before = counts();
        const res = await h.raw('ledger.recordPayment', input, h.cashier);
        if (res.ok) {
          accepted++;
          expect(counts()[0]).toBeGreaterThanOrEqual(before[0]!);
          return;
        }
        refused++;
        expect(API_ERROR_CODES).toContain(res.error.code);
        expect(res.error.code).not.toBe('internal');
        expect(res.error.message.length).toBeGreaterThan(0);
        expect(res.error.message).toMatch(/\p{Script=Han}/u);
        expect(counts()).toEqual(before);
      }),
      { numRuns: 600, seed: 20261123 },
    );
    // Well-formed requests with wrong figures reach the domain rules (totals, tenders, cash, waiver).
    const totals = new Map<string, number>();
    for (const no of [KNOWN.zhang, KNOWN.li, KNOWN.wang]) totals.set(no, (await h.statement(no)).totalFen);
    const wellFormed = fc.record({
      accountNo: fc.constantFrom(KNOWN.zhang, KNOWN.li, KNOWN.wang),
      delta: fc.constantFrom(0, 0, 0, 1, -1, 100),
      split: fc.integer({ min: 0, max: 3 }),
      method: fc.constantFrom('cash', 'card', 'cheque', 'wechat'),
      reference: fc.constantFrom(null, 'ZP001'),
      received: fc.constantFrom(null, 0, 1, 1_000_000),
      waive: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(wellFormed, fc.uuid(), async (p, key) => {
        const total = totals.get(p.accountNo)!;
        const expected = total + p.delta;
        const first = Math.floor(expected / (p.split + 1));
        const tenders = [{ method: p.method, amountFen: first, reference: p.reference }, ...(p.split > 0 ? [{ method: 'card', amountFen: expected - first, reference: null }] : [])];
        const input = { idempotencyKey: key, accountNo: p.accountNo, expectedTotalFen: expected, tenders, cashReceivedFen: p.received, waiveLateFee: p.waive ? { managerCode: '9001', managerPin: '9999', reason: '模糊测试' } : null };
        const before = counts();
        const res = await h.raw('ledger.recordPayment', input, h.cashier);
        if (res.ok) {
          accepted++;
          totals.set(p.accountNo, (await h.statement(p.accountNo)).totalFen);
          return;
        }
        refused++;
        expect(res.error.code).not.toBe('internal');
        expect(res.error.message).toMatch(/\p{Script=Han}/u);
        expect(counts()).toEqual(before);
      }),
      { numRuns: 300, seed: 11 },
    );
    expect(refused).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(0);
    expect(verifyLedger(h.hall.db).ok).toBe(true);
    h.close();
  });
});

// Many realistic payment entries written straight through the ledger appender (no
// dispatcher, no print jobs), for benchmarks and tests of verify at scale.
import type { Db } from '../../electron/hall/db/open.ts';
import { ledgerAppender } from '../../electron/hall/ledger/append-entry.ts';

export function appendSyntheticPayments(db: Db, count: number): void {
  const append = ledgerAppender(db);
  const operator = db.prepare("SELECT id FROM operators WHERE code = '1001'").pluck().get() as number;
  const start = Date.parse('2026-11-23T01:00:00Z');
  const accounts = Math.max(1, db.prepare('SELECT COUNT(*) FROM accounts').pluck().get() as number);
  // each payment pays a counter item sold with it, so the charges agree with the ledger (verify checks them)
  const charge = db.prepare(
    "INSERT INTO charges (account_id, kind, item_code, description, detail, amount_fen, tax_category, source, created_at) VALUES (?, 'item', 'KS', '开栓费', NULL, ?, 'taxable', 'synthetic', '2026-11-23T01:00:00.000Z')",
  );
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const amount = 5_000 + (i % 997) * 100;
      const chargeId = Number(charge.run(1 + (i % accounts), amount).lastInsertRowid);
      const body = {
        v: 1,
        account: { no: String(10_000_001 + (i % accounts)), name: '张三丰', address: '幸福小区3号楼2单元501室' },
        cashier: { code: '1001', name: '王晓梅' },
        lines: [{ kind: 'charge', charge: chargeId, chargeKind: 'item', label: '开栓费', season: null, detail: null, taxCategory: 'taxable', amount }],
        tenders: [{ method: i % 3 ? 'wechat' : 'cash', amount, reference: null }],
        cashReceived: i % 3 ? 0 : amount,
        change: 0,
        reversal: null,
        waiverReason: null,
      };
      append({
        kind: 'payment',
        at: new Date(start + i * 1_000).toISOString(),
        business_date: '2026-11-23',
        terminal_id: `counter-${1 + (i % 8)}`,
        window_no: 1 + (i % 8),
        operator_id: operator,
        approver_id: null,
        account_id: 1 + (i % accounts),
        amount_fen: amount,
        reverses_seq: null,
        idempotency_key: null,
        request_hash: null,
        body: JSON.stringify(body),
        issueReceipt: true,
      });
    }
  });
  // the series lookup per window needs an index on (window_no, series_no): the UNIQUE constraint is one
  for (let i = 0; i < count; i += 50_000) batch.immediate(i, Math.min(count, i + 50_000));
}

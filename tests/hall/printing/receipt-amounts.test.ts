// Large amounts keep to one line in the receipt's amount column, and a reversal's 大写 carries
// the same sign as its figures (docs/printing.md, "Reversal receipts").
import { describe, expect, it } from 'vitest';
import { layoutFor } from '../../../electron/hall/printing/layouts/index.ts';
import { renderEscPos } from '../../../electron/hall/printing/render.ts';
import { receiptModel } from '../../../electron/hall/ledger/receipt-model.ts';
import { hallConfigSchema } from '../../../electron/hall/config.ts';
import { decodeEscPos, paperText } from '../../support/escpos-decode.ts';
import { sampleReceipt, sampleReversal } from '../../support/print-samples.ts';
import { fen, formatMoney, toChineseCapital } from '../../../shared/money.ts';
import type { ReceiptModel } from '../../../shared/print-models.ts';

/** The paper's text cut into printed lines (receiptline ends each line with LF). */
function paperLines(model: ReceiptModel, width: 58 | 80): string[] {
  const bytes = renderEscPos(layoutFor('receipt', model, [], width), width);
  return paperText(decodeEscPos(bytes)).split('\n').map((l) => l.trim());
}

function withTotal(amountFen: number): ReceiptModel {
  const amount = fen(amountFen);
  return {
    ...sampleReceipt,
    lines: [{ kind: 'heating', label: '2026-2027 采暖费', season: '2026-2027', detail: null, amountFen: amount }],
    totalFen: amount,
    totalInCapitals: toChineseCapital(Math.abs(amountFen)),
    tenders: [{ method: 'cash', amountFen: amount, reference: null }],
    cashReceivedFen: fen(amountFen + 100_000),
    changeFen: fen(100_000),
  };
}

describe('receipt amounts', () => {
  for (const width of [58, 80] as const) {
    it(`¥10,000,000.00 and more stay whole on one line at ${width} mm`, () => {
      for (const amount of [1_000_000_000, 1_234_567_890, 99_999_999_999]) {
        const lines = paperLines(withTotal(amount), width);
        for (const figure of [formatMoney(amount), formatMoney(amount + 100_000)]) {
          const on = lines.filter((l) => l.includes(figure));
          // the heating line, the total and the cash tender; received for the larger figure
          expect(on.length, `${figure} at ${width} mm:\n${lines.join('\n')}`).toBeGreaterThanOrEqual(1);
        }
        expect(lines.filter((l) => l.includes(formatMoney(amount))).length).toBeGreaterThanOrEqual(3);
      }
    });

    it(`a reversal prints its 大写 negative like its figures, at ${width} mm`, () => {
      const text = paperLines(sampleReversal, width).join('');
      expect(text).toContain('-￥3,069.51');
      expect(text).toContain('负叁仟零陆拾玖元伍角壹分');
    });
  }

  it('the receipt model of a reversal says 负 in its capitals', () => {
    const config = hallConfigSchema.parse({ dbPath: ':memory:' });
    const model = receiptModel({ seq: 2, receipt_no: 'W01-00000002', at: sampleReceipt.issuedAt, window_no: 1, amount_fen: -306_951, hash: 'a'.repeat(64) }, {
      v: 1,
      account: { no: '1', name: 'x', address: 'y' },
      cashier: { code: '1001', name: 'z' },
      lines: [{ kind: 'charge', charge: 1, chargeKind: 'heating', label: 'h', season: null, detail: null, taxCategory: 'vatExempt', amount: -306_951 }],
      tenders: [{ method: 'cash', amount: -306_951, reference: null }],
      cashReceived: 0,
      change: 0,
      reversal: { receiptNo: 'W01-00000001', reason: 'r' },
      waiverReason: null,
    }, config);
    expect(model.totalInCapitals).toBe('负叁仟零陆拾玖元伍角壹分');
  });
});

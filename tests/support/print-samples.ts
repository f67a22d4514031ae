// Realistic documents of every kind, for layout previews, decoder tests and the render bench.
import type { DaySummaryModel, ReceiptModel, ShiftReportModel, TicketSlipModel } from '../../shared/print-models.ts';
import { fen, toChineseCapital } from '../../shared/money.ts';

export const sampleReceipt: ReceiptModel = {
  receiptNo: 'W03-00000127',
  paymentId: 1042,
  companyName: '滨江热力有限公司',
  branchName: '城东供热营业厅',
  windowNo: 3,
  cashier: { code: '1001', name: '王晓梅' },
  issuedAt: '2026-11-23T01:42:10.000Z',
  timeZone: 'Asia/Shanghai',
  account: { accountNo: '10004711', name: '欧阳明|远', address: '幸福小区二期12号楼3单元1002室（东户）' },
  lines: [
    { kind: 'arrears', label: '2025-2026 往年欠费', season: '2025-2026', detail: null, amountFen: fen(98_337) },
    { kind: 'lateFee', label: '滞纳金', season: '2025-2026', detail: '2025-11-30 起 358 天 × 0.05%/天', amountFen: fen(17_602) },
    { kind: 'waiver', label: '滞纳金减免', season: '2025-2026', detail: '系统故障期间无法缴费', amountFen: fen(-17_602) },
    { kind: 'heating', label: '2026-2027 采暖费', season: '2026-2027', detail: '89.37㎡ × ￥22.00', amountFen: fen(196_614) },
    { kind: 'item', label: '温控阀', season: null, detail: '1个 × ￥120.00', amountFen: fen(12_000) },
  ],
  totalFen: fen(306_951),
  totalInCapitals: toChineseCapital(306_951),
  tenders: [
    { method: 'wechat', amountFen: fen(200_000), reference: '4200001234567890' },
    { method: 'cash', amountFen: fen(106_951), reference: null },
  ],
  cashReceivedFen: fen(110_000),
  changeFen: fen(3_049),
  hotline: '0431-96000',
  verificationCode: '6B4EC24815',
  chainHash: '6b4ec248151f0c1d3a0e8a1d9f8f7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f',
  reversalOf: null,
};

export const sampleReversal: ReceiptModel = {
  ...sampleReceipt,
  receiptNo: 'W03-00000128',
  lines: sampleReceipt.lines.map((l) => ({ ...l, amountFen: fen(-l.amountFen) })),
  totalFen: fen(-306_951),
  totalInCapitals: toChineseCapital(-306_951),
  tenders: sampleReceipt.tenders.map((t) => ({ ...t, amountFen: fen(-t.amountFen) })),
  cashReceivedFen: fen(0),
  changeFen: fen(0),
  reversalOf: { receiptNo: 'W03-00000127', reason: '收错户号，客户要求退回' },
};

/** A company paying a district's heating in one go: ¥12,345,678.90 must not wrap in the amount column. */
export const sampleLargeReceipt: ReceiptModel = {
  ...sampleReceipt,
  receiptNo: 'W03-00000129',
  lines: [{ kind: 'heating', label: '2026-2027 采暖费', season: '2026-2027', detail: '561,162.68㎡ × ￥22.00', amountFen: fen(1_234_567_890) }],
  totalFen: fen(1_234_567_890),
  totalInCapitals: toChineseCapital(1_234_567_890),
  tenders: [{ method: 'transfer', amountFen: fen(1_234_567_890), reference: 'HX20261123001' }],
  cashReceivedFen: fen(0),
  changeFen: fen(0),
};

export const sampleTicket: TicketSlipModel = {
  ticketNo: 'Y007',
  serviceName: '缴费',
  lane: 'priority',
  waitingAhead: 3,
  issuedAt: '2026-11-23T01:30:00.000Z',
  timeZone: 'Asia/Shanghai',
  branchName: '城东供热营业厅',
  missedCallNotice: '过号请重新取号，谢谢配合',
};

export const sampleShift: ShiftReportModel = {
  branchName: '城东供热营业厅',
  windowNo: 3,
  cashier: { code: '1001', name: '王晓梅' },
  openedAt: '2026-11-23T00:30:00.000Z',
  closedAt: '2026-11-23T04:30:00.000Z',
  timeZone: 'Asia/Shanghai',
  byMethod: [
    { method: 'cash', count: 42, amountFen: fen(6_543_210) },
    { method: 'wechat', count: 57, amountFen: fen(9_876_543) },
    { method: 'card', count: 8, amountFen: fen(1_234_500) },
  ],
  receipts: { first: 'W03-00000086', last: 'W03-00000194', count: 109, reversals: 2 },
  floatFen: fen(50_000),
  expectedCashFen: fen(6_593_210),
  countedCashFen: fen(6_593_110),
  differenceFen: fen(-100),
};

export const sampleDay: DaySummaryModel = {
  companyName: '滨江热力有限公司',
  branchName: '城东供热营业厅',
  businessDate: '2026-11-23',
  closedAt: '2026-11-23T09:40:00.000Z',
  timeZone: 'Asia/Shanghai',
  closedBy: { code: '9001', name: '李主任' },
  byMethod: [
    { method: 'cash', count: 120, amountFen: fen(18_543_210) },
    { method: 'wechat', count: 161, amountFen: fen(27_876_543) },
    { method: 'alipay', count: 33, amountFen: fen(4_100_000) },
    { method: 'card', count: 21, amountFen: fen(3_234_500) },
  ],
  byCashier: [
    { code: '1001', name: '王晓梅', count: 180, amountFen: fen(30_000_000) },
    { code: '1002', name: '刘建国', count: 155, amountFen: fen(23_754_253) },
  ],
  byItem: [
    { label: '采暖费', amountFen: fen(48_000_000) },
    { label: '往年欠费', amountFen: fen(5_100_000) },
    { label: '滞纳金', amountFen: fen(354_253) },
    { label: '开栓费', amountFen: fen(300_000) },
  ],
  vatExemptFen: fen(46_000_000),
  taxableFen: fen(7_754_253),
  totalFen: fen(53_754_253),
  receiptsChecked: 335,
  receiptGaps: 0,
};

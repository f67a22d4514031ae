// What a printer (or an on-screen preview) needs to render each document. The hall fills
// these in at the moment of the business event and stores them with the print job, so a
// reprint months later shows exactly what the first print showed.
import { z } from 'zod';
import { fenSchema } from './money.ts';

/**
 * A print target's code (`window:1`, `kiosk:lobby-2`, `office`) as parameters a sentence can
 * say: i18next picks the sentence by `context` (key_window, key_kiosk, key_office), so a
 * cashier reads "2 号窗口", never the code.
 */
export function printTargetWords(target: string): { target: string; context: 'window' | 'kiosk' | 'office'; n: number | string; id: string } {
  const window = /^window:(\d{1,2})$/.exec(target);
  if (window) return { target, context: 'window', n: Number(window[1]), id: '' };
  if (target.startsWith('kiosk:')) return { target, context: 'kiosk', n: '', id: target.slice('kiosk:'.length) };
  return { target, context: 'office', n: '', id: '' };
}

export const TENDER_METHODS = ['cash', 'card', 'wechat', 'alipay', 'cheque', 'transfer'] as const;
export type TenderMethod = (typeof TENDER_METHODS)[number];

export const receiptLineSchema = z.object({
  /** heating: a season's heating fee; arrears: an earlier season; lateFee / waiver: 滞纳金 and its waiver; item: 收费标准 catalogue item. */
  kind: z.enum(['heating', 'arrears', 'lateFee', 'waiver', 'item', 'other']),
  label: z.string(),
  /** e.g. "2026-2027" */
  season: z.string().nullable(),
  /** e.g. "89.37㎡ × ￥22.00" or "3 × ￥15.00" or "2026-03-01 起 120 天 × 0.05%" */
  detail: z.string().nullable(),
  amountFen: fenSchema,
});
export type ReceiptLine = z.infer<typeof receiptLineSchema>;

export const receiptTenderSchema = z.object({
  method: z.enum(TENDER_METHODS),
  amountFen: fenSchema,
  /** cheque number, card reference, platform transaction id */
  reference: z.string().nullable(),
});

export const receiptModelSchema = z.object({
  receiptNo: z.string(),
  paymentId: z.number().int(),
  companyName: z.string(),
  branchName: z.string(),
  windowNo: z.number().int(),
  cashier: z.object({ code: z.string(), name: z.string() }),
  /** ISO-8601 instant; the layout prints it in the branch time zone. */
  issuedAt: z.string(),
  timeZone: z.string(),
  account: z.object({ accountNo: z.string(), name: z.string(), address: z.string() }),
  lines: z.array(receiptLineSchema).min(1),
  totalFen: fenSchema,
  /** 大写金额, e.g. 壹仟贰佰叁拾肆元伍角整 */
  totalInCapitals: z.string(),
  tenders: z.array(receiptTenderSchema).min(1),
  /** Cash handed over by the customer (0 when no cash tender). */
  cashReceivedFen: fenSchema,
  changeFen: fenSchema,
  hotline: z.string(),
  /** Short hash the QR code carries with the receipt number, checkable against the ledger. */
  verificationCode: z.string(),
  /** The entry's full hash; with paymentId (its seq) it is the chain head when this receipt was issued: the QR carries both as an outside anchor. */
  chainHash: z.string(),
  /** Set on the receipt of a reversal (冲正): which receipt it reverses and why. */
  reversalOf: z.object({ receiptNo: z.string(), reason: z.string() }).nullable(),
});
export type ReceiptModel = z.infer<typeof receiptModelSchema>;

export const ticketSlipModelSchema = z.object({
  ticketNo: z.string(),
  serviceName: z.string(),
  lane: z.enum(['normal', 'priority']),
  waitingAhead: z.number().int().nonnegative(),
  issuedAt: z.string(),
  timeZone: z.string(),
  branchName: z.string(),
  /** The hall's 过号 rule, printed under the number. */
  missedCallNotice: z.string(),
});
export type TicketSlipModel = z.infer<typeof ticketSlipModelSchema>;

const tenderTotalSchema = z.object({ method: z.enum(TENDER_METHODS), count: z.number().int().nonnegative(), amountFen: fenSchema });

/** 交班报表: printed when a cashier closes a shift (the shifts issue fills it in). */
export const shiftReportModelSchema = z.object({
  branchName: z.string(),
  windowNo: z.number().int(),
  cashier: z.object({ code: z.string(), name: z.string() }),
  openedAt: z.string(),
  closedAt: z.string(),
  timeZone: z.string(),
  byMethod: z.array(tenderTotalSchema),
  receipts: z.object({ first: z.string().nullable(), last: z.string().nullable(), count: z.number().int(), reversals: z.number().int() }),
  floatFen: fenSchema,
  expectedCashFen: fenSchema,
  countedCashFen: fenSchema,
  /** counted − expected: positive 长款, negative 短款 */
  differenceFen: fenSchema,
});
export type ShiftReportModel = z.infer<typeof shiftReportModelSchema>;

/** 日结汇总: the branch manager's day close (the day-close issue fills it in). */
export const daySummaryModelSchema = z.object({
  companyName: z.string(),
  branchName: z.string(),
  businessDate: z.string(),
  closedAt: z.string(),
  timeZone: z.string(),
  closedBy: z.object({ code: z.string(), name: z.string() }),
  byMethod: z.array(tenderTotalSchema),
  byCashier: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int(), amountFen: fenSchema })),
  byItem: z.array(z.object({ label: z.string(), amountFen: fenSchema })),
  vatExemptFen: fenSchema,
  taxableFen: fenSchema,
  totalFen: fenSchema,
  receiptsChecked: z.number().int(),
  receiptGaps: z.number().int(),
  /** 账本链头: the close entry's number and hash, an anchor outside the database */
  chainHead: z.string().optional(),
});
export type DaySummaryModel = z.infer<typeof daySummaryModelSchema>;

export const PRINT_KINDS = ['receipt', 'ticket', 'shiftReport', 'daySummary'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];
export const PAPER_WIDTHS = [58, 80] as const;
export type PaperWidth = (typeof PAPER_WIDTHS)[number];

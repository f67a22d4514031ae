// What a printer (or an on-screen preview) needs to render each document. The hall fills
// these in at the moment of the business event and stores them with the print job, so a
// reprint months later shows exactly what the first print showed.
import { z } from 'zod';
import { fenSchema } from './money.ts';

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

// 日结: the branch manager's close of a business day. The check (open shifts, the reprint
// queue, the chain and receipt series since the last close), the day's totals (X report, no
// lock), the close itself (Z report: locks the day, running month/year/grand totals chained
// into the ledger, the chain head printed on it), reopening, period closings, and the
// invoice requests (数电票) recorded at the counter for the branch to send on.
import { z } from 'zod';
import { STAFF, MANAGER } from '../roles.ts';
import { fenSchema } from '../money.ts';
import { TENDER_METHODS } from '../print-models.ts';
import { command, query } from './contract.ts';
import { receiptNoSchema } from './ledger.api.ts';

const who = z.object({ code: z.string(), name: z.string() });
const dateSchema = z.iso.date();

export const invoiceRequestSchema = z.object({
  id: z.number().int(),
  receiptNo: z.string(),
  amountFen: fenSchema,
  requestedAt: z.string(),
  payerType: z.enum(['person', 'company']),
  payerName: z.string(),
  taxNo: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  operatorCode: z.string(),
});

export const dayCheckSchema = z.object({
  date: z.string(),
  closed: z.boolean(),
  openShifts: z.array(z.object({ shiftNo: z.number().int(), windowNo: z.number().int(), cashier: who, openedAt: z.string() })),
  reprintsWaiting: z.array(z.object({ kind: z.string(), target: z.string(), documentNo: z.string().nullable() })),
  /** an earlier day with entries that is not closed (the running totals would miss it) */
  earlierDayOpen: z.string().nullable(),
  ledger: z.object({
    ok: z.boolean(),
    entriesChecked: z.number().int(),
    receiptsChecked: z.number().int(),
    problems: z.array(z.object({ seq: z.number().int(), reason: z.string() })),
    gaps: z.array(z.object({ series: z.string(), after: z.number().int(), next: z.number().int() })),
  }),
  canClose: z.boolean(),
});
export type DayCheck = z.infer<typeof dayCheckSchema>;

const amountRow = { count: z.number().int(), amountFen: fenSchema };

export const dayReportSchema = z.object({
  date: z.string(),
  kind: z.enum(['X', 'Z']),
  madeAt: z.string(),
  timeZone: z.string(),
  branchName: z.string(),
  payments: z.number().int(),
  reversals: z.number().int(),
  totalFen: fenSchema,
  byTender: z.array(z.object({ method: z.enum(TENDER_METHODS), ...amountRow })),
  byCashier: z.array(z.object({ code: z.string(), name: z.string(), ...amountRow })),
  byWindow: z.array(z.object({ windowNo: z.number().int(), ...amountRow })),
  /** fee items: heating and arrears by kind, counter items by name, late fees and waivers */
  byItem: z.array(z.object({ item: z.string(), label: z.string(), taxCategory: z.enum(['vatExempt', 'taxable']), amountFen: fenSchema })),
  /** residential heating (VAT-exempt) apart from taxable income */
  byTax: z.object({ vatExemptFen: fenSchema, taxableFen: fenSchema }),
  byHour: z.array(z.object({ hour: z.number().int(), ...amountRow })),
  cash: z.object({ floatFen: fenSchema, topUpsFen: fenSchema, dropsFen: fenSchema, depositsFen: fenSchema, overageFen: fenSchema, shortageFen: fenSchema }),
  shifts: z.array(z.object({ shiftNo: z.number().int(), windowNo: z.number().int(), cashier: who, openedAt: z.string(), closedAt: z.string().nullable(), differenceFen: fenSchema.nullable(), note: z.string().nullable() })),
  queue: z.object({ issued: z.number().int(), served: z.number().int(), noShows: z.number().int(), avgWaitSec: z.number().int(), maxWaitSec: z.number().int(), waitingByHour: z.array(z.number().int()) }),
  ratings: z.object({ rated: z.number().int(), satisfied: z.number().int(), fair: z.number().int(), unsatisfied: z.number().int() }),
  invoiceRequests: z.array(invoiceRequestSchema),
});
export type DayReport = z.infer<typeof dayReportSchema>;

export const periodTotalsSchema = z.object({
  month: z.object({ month: z.string(), totalFen: fenSchema }),
  year: z.object({ year: z.string(), totalFen: fenSchema }),
  grandTotalFen: fenSchema,
});
export type PeriodTotals = z.infer<typeof periodTotalsSchema>;

export const zReportSchema = dayReportSchema.extend({
  closedBy: who,
  periods: periodTotalsSchema,
  /** the close entry itself: number + hash, the anchor the paper and the export carry */
  chainHead: z.object({ seq: z.number().int(), hash: z.string() }),
  check: dayCheckSchema.shape.ledger,
});
export type ZReport = z.infer<typeof zReportSchema>;

export const dayCloseApi = {
  methods: {
    'dayclose.check': query({
      summary: 'What stands in the way of closing a business day: open shifts, receipts in the reprint queue, an earlier day left open, and the ledger chain and receipt series since the last close.',
      roles: MANAGER,
      input: z.object({ date: dateSchema }).strict(),
      output: dayCheckSchema,
    }),
    'dayclose.xReport': query({
      summary: 'X report: a business day’s totals so far (by tender, cashier, window, fee item, tax category, hour), its shifts, queue, ratings and invoice requests; locks nothing.',
      roles: MANAGER,
      input: z.object({ date: dateSchema }).strict(),
      output: dayReportSchema,
    }),
    'dayclose.close': command({
      summary: 'Z report: closes and locks a business day (refused while the check finds anything), storing its totals with the running month, year and grand totals in a ledger entry; prints the day summary.',
      roles: MANAGER,
      input: z.object({ date: dateSchema }).strict(),
      output: z.object({ report: zReportSchema, printJobId: z.number().int() }),
    }),
    'dayclose.zReport': query({
      summary: 'The Z report of a closed day, as its close entry recorded it.',
      roles: MANAGER,
      input: z.object({ date: dateSchema }).strict(),
      output: zReportSchema,
    }),
    'dayclose.reopen': command({
      summary: 'Reopens the most recently closed day (an admin action): a ledger entry and an audit row with the reason; its next close replaces its totals.',
      roles: MANAGER,
      input: z.object({ date: dateSchema, reason: z.string().trim().min(2).max(200) }).strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
    'dayclose.period': query({
      summary: 'Month or year closing: the running totals of the last closed day of the period (YYYY-MM or YYYY).',
      roles: MANAGER,
      input: z.object({ period: z.string().regex(/^\d{4}(-\d{2})?$/) }).strict(),
      output: z.object({ period: z.string(), lastClosedDay: z.string().nullable(), totalFen: fenSchema, grandTotalFen: fenSchema }),
    }),
    'dayclose.workbook': query({
      summary: 'The day report as an XLSX workbook (the Z report of a closed day, else the X report): totals, shifts, invoice requests and the head-office payments export.',
      roles: MANAGER,
      input: z.object({ date: dateSchema }).strict(),
      output: z.object({ fileName: z.string(), contentType: z.string(), base64: z.string() }),
    }),
    'dayclose.reportPdf': query({
      summary: 'The day report as a PDF in the caller’s language (the Z report of a closed day, else the X report): totals by tender, cashier, window, fee item and tax category, the running totals and chain head of a close, the shifts with their over/short, the invoice requests, and charts of payments and of waiting customers by hour.',
      roles: MANAGER,
      input: z.object({ date: dateSchema }).strict(),
      output: z.object({ fileName: z.string(), contentType: z.literal('application/pdf'), base64: z.string() }),
    }),
    'dayclose.requestInvoice': command({
      summary: 'Records a customer’s request for a digital invoice (数电票) against a receipt: person or company (with tax number), e-mail or phone. The payment is not touched.',
      roles: STAFF,
      input: z
        .object({
          receiptNo: receiptNoSchema,
          payerType: z.enum(['person', 'company']),
          payerName: z.string().trim().min(2).max(100),
          taxNo: z.string().trim().regex(/^[0-9A-Z]{15,20}$/).nullable().default(null),
          email: z.email().max(200).nullable().default(null),
          phone: z.string().trim().regex(/^1\d{10}$/).nullable().default(null),
        })
        .strict(),
      output: invoiceRequestSchema,
    }),
  },
  events: {},
} as const;

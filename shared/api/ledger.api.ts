import { z } from 'zod';
import { STAFF, MANAGER } from '../roles.ts';
import { fenSchema } from '../money.ts';
import { TENDER_METHODS, receiptModelSchema } from '../print-models.ts';
import { command, event, query } from './contract.ts';
import { accountNoSchema } from './accounts.api.ts';
import { operatorCodeSchema, pinSchema } from './session.api.ts';

/** A manager's approval given at the counter: 工号 and PIN typed by the manager in person. */
export const managerApprovalSchema = z.object({ managerCode: operatorCodeSchema, managerPin: pinSchema, reason: z.string().trim().min(2).max(200) }).strict();

export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'idempotency key: 8–64 letters, digits, _ or -');
export const receiptNoSchema = z.string().regex(/^W\d{2}-\d{8}$/);

export const tenderSchema = z
  .object({
    method: z.enum(TENDER_METHODS),
    amountFen: fenSchema.refine((v) => v > 0, { params: { rule: 'positive' } }),
    /** cheque number (required for 支票), card or platform reference */
    reference: z.string().trim().min(1).max(40).nullable().default(null),
  })
  .strict();

export const verifyReportSchema = z.object({
  ok: z.boolean(),
  entriesChecked: z.number().int(),
  headSeq: z.number().int(),
  headHash: z.string(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
  gaps: z.array(z.object({ series: z.string(), after: z.number().int(), next: z.number().int() })),
  receiptsChecked: z.number().int(),
  /** Every problem found (ledger, keys, audit chain, charges, anchors), first broken first; at most a few dozen. */
  problems: z.array(z.object({ seq: z.number().int(), reason: z.string() })),
  signaturesChecked: z.number().int(),
  /** entries written before the installation had a signing key */
  unsignedLegacy: z.number().int(),
  keys: z.array(z.object({ keyNo: z.number().int(), fingerprint: z.string(), reason: z.enum(['installed', 'rotated', 'replaced']), fromSeq: z.number().int(), installedAt: z.string() })),
  auditRowsChecked: z.number().int(),
  auditSignaturesChecked: z.number().int(),
  chargeLinesChecked: z.number().int(),
  anchorsChecked: z.number().int(),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

export const dayPaymentSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(['payment', 'reversal']),
  receiptNo: z.string(),
  at: z.string(),
  windowNo: z.number().int().nullable(),
  operatorCode: z.string(),
  accountNo: z.string(),
  accountName: z.string(),
  amountFen: fenSchema,
  tenders: z.string(),
  reversesReceiptNo: z.string().nullable(),
  hash: z.string(),
});
export type DayPayment = z.infer<typeof dayPaymentSchema>;

/** One of an account's recent payments or reversals, for the counter's account view (reprint, 冲正). */
export const accountPaymentSchema = z.object({
  receiptNo: z.string(),
  kind: z.enum(['payment', 'reversal']),
  at: z.string(),
  businessDate: z.string(),
  windowNo: z.number().int().nullable(),
  operatorCode: z.string(),
  totalFen: fenSchema,
  /** the receipt that reversed this payment, if any */
  reversedBy: z.string().nullable(),
  /** the receipt this reversal reverses */
  reverses: z.string().nullable(),
});
export type AccountPayment = z.infer<typeof accountPaymentSchema>;

export const ledgerApi = {
  methods: {
    'ledger.recordPayment': command({
      summary:
        'Takes a payment at the caller’s window: chosen charges (default: all open, oldest first) with their late fees, counter items, split tenders. One transaction writes the entry, the receipt number and the print job. The same idempotency key returns the same payment.',
      roles: STAFF,
      input: z
        .object({
          idempotencyKey: idempotencyKeySchema,
          accountNo: accountNoSchema,
          chargeIds: z.array(z.number().int().positive()).max(50).nullable().default(null),
          items: z.array(z.object({ code: z.string().min(1).max(16), quantity: z.number().int().min(1).max(9999) }).strict()).max(20).default([]),
          /** What the cashier showed the customer; the payment is refused if today's total differs. */
          expectedTotalFen: fenSchema,
          tenders: z.array(tenderSchema).min(1).max(6),
          /** Cash handed over (收您), when one tender is cash; change (找您) = received − cash tender. */
          cashReceivedFen: fenSchema.nullable().default(null),
          waiveLateFee: managerApprovalSchema.nullable().default(null),
        })
        .strict(),
      output: receiptModelSchema,
      credentials: (input) => (input.waiveLateFee ? { purpose: 'approval', code: input.waiveLateFee.managerCode, pin: input.waiveLateFee.managerPin, subject: `lateFeeWaiver ${input.accountNo}` } : null),
    }),
    'ledger.reversePayment': command({
      summary: 'Reverses (冲正) a payment with a manager’s approval and a reason: a new entry that negates the original and reopens its charges; the original is untouched.',
      roles: STAFF,
      input: z.object({ idempotencyKey: idempotencyKeySchema, receiptNo: receiptNoSchema, approval: managerApprovalSchema }).strict(),
      output: receiptModelSchema,
      credentials: (input) => ({ purpose: 'approval', code: input.approval.managerCode, pin: input.approval.managerPin, subject: `reversal ${input.receiptNo}` }),
    }),
    'ledger.receipt': query({
      summary: 'A receipt as it was issued, and whether it has been reversed since.',
      roles: STAFF,
      input: z.object({ receiptNo: receiptNoSchema }).strict(),
      output: z.object({ receipt: receiptModelSchema, reversedBy: z.string().nullable() }),
    }),
    'ledger.accountPayments': query({
      summary: 'An account’s most recent payments and reversals, newest first, with their receipt numbers and whether each was reversed (the counter reprints or reverses from here).',
      roles: STAFF,
      input: z.object({ accountNo: accountNoSchema, limit: z.number().int().min(1).max(50).default(10) }).strict(),
      output: z.object({ payments: z.array(accountPaymentSchema) }),
    }),
    'ledger.verify': query({
      summary: 'Recomputes the hash chain and every window’s receipt series; reports entries checked, the first broken entry and any gap.',
      roles: MANAGER,
      input: z.object({}).strict(),
      output: verifyReportSchema,
    }),
    'ledger.dayPayments': query({
      summary: 'A business day’s payments and reversals, in ledger order.',
      roles: MANAGER,
      input: z.object({ date: z.iso.date() }).strict(),
      output: z.object({ date: z.string(), entries: z.array(dayPaymentSchema), totalFen: fenSchema }),
    }),
    'ledger.exportDay': query({
      summary: 'A business day’s payments for the head office as CSV (UTF-8 with BOM) or XLSX; columns in docs/ledger.md.',
      roles: MANAGER,
      input: z.object({ date: z.iso.date(), format: z.enum(['csv', 'xlsx']) }).strict(),
      output: z.object({ fileName: z.string(), contentType: z.string(), base64: z.string(), rows: z.number().int() }),
    }),
  },
  events: {
    'ledger.paymentRecorded': event({
      summary: 'A payment was committed (for the customer display and the day’s counters).',
      roles: STAFF,
      payload: z.object({ receiptNo: z.string(), windowNo: z.number().int().nullable(), accountNo: z.string(), totalFen: fenSchema, changeFen: fenSchema }),
    }),
    'ledger.paymentReversed': event({
      summary: 'A payment was reversed (冲正).',
      roles: STAFF,
      payload: z.object({ receiptNo: z.string(), reversedReceiptNo: z.string(), windowNo: z.number().int().nullable(), totalFen: fenSchema }),
    }),
  },
} as const;

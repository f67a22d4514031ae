// What an entry's `body` holds: the lines and tenders of a payment or reversal, and the
// snapshot of who and what they were for, so a receipt reprinted years later prints exactly
// what was paid. Validated on the way in and on every read: a body is outside input too.
import { z } from 'zod';
import { TENDER_METHODS } from '../../../shared/print-models.ts';

export const bodyLineSchema = z.object({
  /** charge: principal of a charge; lateFee: 滞纳金 on it; waiver: its waiver (negative). */
  kind: z.enum(['charge', 'lateFee', 'waiver']),
  charge: z.number().int(),
  chargeKind: z.enum(['heating', 'arrears', 'item', 'other']),
  label: z.string(),
  season: z.string().nullable(),
  detail: z.string().nullable(),
  taxCategory: z.enum(['vatExempt', 'taxable']),
  amount: z.number().int(),
});
export type BodyLine = z.infer<typeof bodyLineSchema>;

export const paymentBodySchema = z.object({
  v: z.literal(1),
  account: z.object({ no: z.string(), name: z.string(), address: z.string() }),
  cashier: z.object({ code: z.string(), name: z.string() }),
  lines: z.array(bodyLineSchema).min(1),
  tenders: z.array(z.object({ method: z.enum(TENDER_METHODS), amount: z.number().int(), reference: z.string().nullable() })).min(1),
  cashReceived: z.number().int(),
  change: z.number().int(),
  /** reversal only */
  reversal: z.object({ receiptNo: z.string(), reason: z.string() }).nullable(),
  waiverReason: z.string().nullable(),
});
export type PaymentBody = z.infer<typeof paymentBodySchema>;

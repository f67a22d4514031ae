import { z } from 'zod';
import { STAFF, MANAGER } from '../roles.ts';
import { fenSchema } from '../money.ts';
import { seasonSchema } from '../seasons.ts';
import { command, query } from './contract.ts';
import { accountNoSchema, accountSummarySchema } from './accounts.api.ts';

export const customerClassSchema = z.enum(['residential', 'nonResidential']);

export const lateFeeSchema = z.object({ amountFen: fenSchema, days: z.number().int(), detail: z.string() });

export const openChargeSchema = z.object({
  chargeId: z.number().int(),
  kind: z.enum(['heating', 'arrears', 'item', 'other']),
  season: z.string().nullable(),
  description: z.string(),
  detail: z.string().nullable(),
  amountFen: fenSchema,
  paidFen: fenSchema,
  openFen: fenSchema,
  dueDate: z.string().nullable(),
  taxCategory: z.enum(['vatExempt', 'taxable']),
  lateFee: lateFeeSchema.nullable(),
});
export type OpenChargeView = z.infer<typeof openChargeSchema>;

export const catalogueItemSchema = z.object({
  code: z.string().regex(/^[A-Z0-9-]{1,16}$/),
  name: z.string().trim().min(1).max(40),
  unit: z.string().trim().min(1).max(8),
  priceFen: fenSchema.refine((v) => v > 0, { params: { rule: 'positive' } }),
  taxCategory: z.enum(['vatExempt', 'taxable']),
  active: z.boolean().default(true),
});

export const billingApi = {
  methods: {
    'billing.statement': query({
      summary: 'What an account owes today: open charges oldest first, each with the late fee (滞纳金) accrued by today (branch-local date).',
      roles: STAFF,
      input: z.object({ accountNo: accountNoSchema }).strict(),
      output: z.object({
        account: accountSummarySchema,
        onDate: z.string(),
        charges: z.array(openChargeSchema),
        openFen: fenSchema,
        lateFeeFen: fenSchema,
        totalFen: fenSchema,
      }),
    }),
    'billing.catalogue': query({
      summary: 'The counter price list (收费标准): connection fee, reopening fee, materials.',
      roles: STAFF,
      input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
      output: z.object({ items: z.array(catalogueItemSchema.extend({ active: z.boolean() })) }),
    }),
    'billing.setCatalogueItem': command({
      summary: 'Adds or changes a price-list item (audited).',
      roles: MANAGER,
      input: catalogueItemSchema.strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
    'billing.setHeatingPrice': command({
      summary: 'Sets the heating price per m² of a customer class from a season on (a new row; earlier seasons keep their price).',
      roles: MANAGER,
      input: z.object({ customerClass: customerClassSchema, fromSeason: seasonSchema, unitPriceFen: fenSchema.refine((v) => v > 0) }).strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
    'billing.setPolicy': command({
      summary: 'Sets the season policy from a season on: 停供 base-fee share, 低保 reduction, late-fee daily rate, due date.',
      roles: MANAGER,
      input: z
        .object({
          fromSeason: seasonSchema,
          stoppedBaseShareBp: z.number().int().min(0).max(10_000),
          lowIncomeReductionBp: z.number().int().min(0).max(10_000),
          lateFeePpmPerDay: z.number().int().min(0).max(10_000),
          dueMonthDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
        })
        .strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
    'billing.issueSeason': command({
      summary: 'Issues the heating fee of a season to every account that has none yet (idempotent).',
      roles: MANAGER,
      input: z.object({ season: seasonSchema }).strict(),
      output: z.object({ issued: z.number().int(), alreadyIssued: z.number().int(), noPrice: z.number().int(), totalFen: fenSchema }),
    }),
  },
  events: {},
} as const;

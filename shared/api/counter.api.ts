// What the customer sees across the counter (客显) and what they say about the service.
// The counter screen presents a view for its window; the customer display of that window
// shows it (live by event, and again after a reload from the stored view); after payment the
// customer rates the service on the points the hall configures.
import { z } from 'zod';
import { MANAGER, STAFF } from '../roles.ts';
import { command, event, query } from './contract.ts';
import { PAUSE_REASONS } from './queue.api.ts';
import { windowNoSchema } from './session.api.ts';

export const customerViewSchema = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('idle') }),
  z.object({
    phase: z.literal('service'),
    /** the ticket being served, if any */
    ticketNo: z.string().nullable(),
    /** the cashier was prompted 让您久等了: the display apologises */
    waitedLong: z.boolean(),
    /** a priority-lane customer: courtesy line shown */
    priority: z.boolean(),
    account: z.object({ accountNo: z.string(), name: z.string(), address: z.string() }).nullable(),
    items: z.array(z.object({ label: z.string().max(80), amountFen: z.number().int() })).max(60),
    totalFen: z.number().int().min(0),
    /** null until the cashier enters it */
    receivedFen: z.number().int().min(0).nullable(),
    changeFen: z.number().int().min(0).nullable(),
  }),
  z.object({
    phase: z.literal('paid'),
    receiptNo: z.string(),
    ticketId: z.number().int().nullable(),
    totalFen: z.number().int().min(0),
    receivedFen: z.number().int().min(0),
    changeFen: z.number().int().min(0),
  }),
]);
export type CustomerView = z.infer<typeof customerViewSchema>;

/** 满意 / 基本满意 / 不满意 */
export const RATING_SCORES = ['satisfied', 'fair', 'unsatisfied'] as const;
export type RatingScore = (typeof RATING_SCORES)[number];
/** One overall rating, or several points (服务态度, 业务质量, 办事效率, 廉洁) where the hall configures them. */
export const RATING_POINTS = ['overall', 'attitude', 'quality', 'efficiency', 'integrity'] as const;
export type RatingPoint = (typeof RATING_POINTS)[number];

/** The hall's rating setting: which points the customer is asked about (a setting, validated). */
export const ratingConfigSchema = z
  .object({
    points: z
      .array(z.enum(RATING_POINTS))
      .min(1)
      .max(RATING_POINTS.length)
      .refine((points) => new Set(points).size === points.length, { message: 'each point once' })
      .refine((points) => !points.includes('overall') || points.length === 1, { message: 'overall stands alone' }),
  })
  .strict();
export type RatingConfig = z.infer<typeof ratingConfigSchema>;

export const pauseStateSchema = z.object({
  reason: z.enum(PAUSE_REASONS),
  note: z.string().nullable(),
  redirectWindow: z.number().int().nullable(),
  /** ISO instant */
  expectedBack: z.string().nullable(),
});

const scoreCountsSchema = z.object({ satisfied: z.number().int(), fair: z.number().int(), unsatisfied: z.number().int() });
const pointCountsSchema = z.object({ point: z.enum(RATING_POINTS), ...scoreCountsSchema.shape });

export const ratingStatsSchema = z.object({
  date: z.string(),
  /** how many services were rated that day */
  rated: z.number().int(),
  byPoint: z.array(pointCountsSchema),
  byWindow: z.array(z.object({ windowNo: z.number().int(), rated: z.number().int(), points: z.array(pointCountsSchema) })),
  byCashier: z.array(
    z.object({ operatorId: z.number().int().nullable(), code: z.string().nullable(), name: z.string().nullable(), rated: z.number().int(), points: z.array(pointCountsSchema) }),
  ),
});
export type RatingStats = z.infer<typeof ratingStatsSchema>;

export const counterApi = {
  methods: {
    'counter.present': command({
      summary: 'What the customer of the caller’s window should see now (idle, the service with its figures, paid); stored per window and pushed to that window’s customer display.',
      roles: STAFF,
      input: z.object({ view: customerViewSchema }).strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
    'counter.customerView': query({
      summary: 'A window’s customer display: the presented view (idle if none), the signed-in cashier, the pause state, and the rating points.',
      roles: ['customerDisplay', ...STAFF],
      input: z.object({ windowNo: windowNoSchema }).strict(),
      output: z.object({
        windowNo: z.number().int(),
        view: customerViewSchema,
        /** the paid view's receipt has been rated already (a reloaded display does not ask again) */
        rated: z.boolean(),
        cashier: z.object({ name: z.string(), code: z.string() }).nullable(),
        pause: pauseStateSchema.nullable(),
        ratingPoints: z.array(z.enum(RATING_POINTS)),
      }),
    }),
    'counter.rate': command({
      summary: 'The customer rates the service just paid (one rating per receipt), stored against the ticket, the cashier and the receipt.',
      roles: ['customerDisplay'],
      input: z
        .object({
          receiptNo: z.string().min(1).max(40),
          scores: z.array(z.object({ point: z.enum(RATING_POINTS), score: z.enum(RATING_SCORES) }).strict()).min(1).max(RATING_POINTS.length),
        })
        .strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
    'counter.ratingStats': query({
      summary: 'Ratings of a business day, per point, window and cashier (the manager’s statistics and the day close).',
      roles: MANAGER,
      input: z.object({ date: z.iso.date() }).strict(),
      output: ratingStatsSchema,
    }),
    'counter.ratingConfig': query({
      summary: 'The points a customer rates (one overall rating, or several).',
      roles: [...STAFF, 'customerDisplay'],
      input: z.object({}).strict(),
      output: ratingConfigSchema,
    }),
    'counter.configureRating': command({
      summary: 'Sets the points a customer rates (audited).',
      roles: MANAGER,
      input: ratingConfigSchema,
      output: ratingConfigSchema,
    }),
  },
  events: {
    'counter.viewChanged': event({
      summary: 'A window’s customer view changed: that window’s customer display (and staff) redraw it.',
      roles: ['customerDisplay', ...STAFF],
      perWindow: ['customerDisplay', 'cashier'],
      payload: z.object({ windowNo: z.number().int(), view: customerViewSchema }),
    }),
    'counter.rated': event({
      summary: 'A customer rated a service: the window’s cashier sees it.',
      roles: STAFF,
      perWindow: ['cashier'],
      payload: z.object({ windowNo: z.number().int(), receiptNo: z.string(), scores: z.array(z.object({ point: z.enum(RATING_POINTS), score: z.enum(RATING_SCORES) })) }),
    }),
  },
} as const;

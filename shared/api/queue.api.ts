import { z } from 'zod';
import { ANY_SESSION, STAFF, MANAGER } from '../roles.ts';
import { command, event, query } from './contract.ts';
import { DEFAULT_COURTESY_LINE } from '../announcement.ts';
import { HALL_TEXT_DEFAULTS } from './hall-text-defaults.ts';

export const serviceCodeSchema = z.string().regex(/^[A-X]$/);
export const laneSchema = z.enum(['normal', 'priority']);
export const HALL_PHASES = ['beforeOpening', 'issuing', 'stopped', 'closed'] as const;
export type HallPhase = (typeof HALL_PHASES)[number];
export const PAUSE_REASONS = ['handover', 'settlement', 'deposit', 'away', 'systemFault', 'other'] as const;
export const ticketNoSchema = z.string().regex(/^[A-Y]\d{3}$/);
/** A name the hall sets in each of the screens' languages. */
export const localNamesSchema = z.object({ 'zh-CN': z.string().min(1).max(20), 'zh-TW': z.string().min(1).max(20), en: z.string().min(1).max(40) });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** The hall's queue rules: a setting (manager), validated like any outside input. */
export const queueConfigSchema = z.object({
  priorityPrefix: z.literal('Y').default('Y'),
  /** the bound: a normal ticket waiting this long goes before priority tickets */
  maxWaitMinutes: z.number().int().min(1).max(240).default(30),
  /** K: after this many consecutive priority calls a window calls a normal ticket */
  priorityStreak: z.number().int().min(1).max(10).default(2),
  recallLimit: z.number().int().min(1).max(10).default(3),
  reactivateMinutes: z.number().int().min(0).max(240).default(30),
  opensAt: hhmm.default('08:30'),
  closesAt: hhmm.default('17:00'),
  /** issuing stops this many minutes before closing */
  cutoffMinutes: z.number().int().min(0).max(120).default(10),
  /** the closing notice shows this many minutes before issuing stops */
  closingNoticeMinutes: z.number().int().min(0).max(120).default(15),
  courtesyLine: z.string().min(1).max(60).default(DEFAULT_COURTESY_LINE),
  /** a customer called after waiting this long is greeted with 让您久等了 (and the customer display apologises) */
  longWaitMinutes: z.number().int().min(1).max(240).default(20),
  /** what the hall calls its priority lane on the kiosk and the displays (爱心通道, 绿色通道, 优先 …) */
  priorityLaneNames: localNamesSchema.default(HALL_TEXT_DEFAULTS.priorityLaneNames),
  missedCallNotice: z.string().min(1).max(80).default(HALL_TEXT_DEFAULTS.missedCallNotice),
  notices: z.array(z.string().min(1).max(200)).max(20).default(HALL_TEXT_DEFAULTS.notices),
  /** MM-DD → greeting shown on that day (lunar festivals are entered per year as dates) */
  greetings: z.array(z.object({ date: z.string().regex(/^\d{2}-\d{2}$/), text: z.string().min(1).max(40) })).max(40).default(HALL_TEXT_DEFAULTS.greetings),
});
export type QueueConfig = z.infer<typeof queueConfigSchema>;

export const serviceSchema = z.object({
  code: serviceCodeSchema,
  names: localNamesSchema,
  windows: z.array(z.number().int().min(1).max(99)).min(1),
});

export const ticketSchema = z.object({
  id: z.number().int(),
  ticketNo: z.string(),
  serviceCode: z.string(),
  lane: laneSchema,
  status: z.enum(['waiting', 'called', 'serving', 'done', 'skipped']),
  issuedAt: z.string(),
  windowNo: z.number().int().nullable(),
  callCount: z.number().int(),
});

export const boardSchema = z.object({
  businessDate: z.string(),
  now: z.string(),
  branchName: z.string(),
  hotline: z.string(),
  /** the branch's time zone: displays show times in it, wherever their browser thinks it is */
  timeZone: z.string(),
  services: z.array(serviceSchema.extend({ waitingNormal: z.number().int(), waitingPriority: z.number().int() })),
  windows: z.array(
    z.object({
      windowNo: z.number().int(),
      status: z.enum(['open', 'paused']),
      current: z.object({ ticketNo: z.string(), serviceCode: z.string(), lane: laneSchema, status: z.enum(['called', 'serving']) }).nullable(),
      pause: z.object({ reason: z.enum(PAUSE_REASONS), note: z.string().nullable(), redirectWindow: z.number().int().nullable(), expectedBack: z.string().nullable() }).nullable(),
    }),
  ),
  recentCalls: z.array(z.object({ ticketNo: z.string(), windowNo: z.number().int(), at: z.string(), lane: laneSchema })),
  issuing: z.object({
    open: z.boolean(),
    closingSoon: z.boolean(),
    opensAt: z.string(),
    stopsAt: z.string(),
    closesAt: z.string(),
    /** where the business day is: before opening, issuing, issuing stopped (those with a ticket are still served), closed */
    phase: z.enum(HALL_PHASES),
  }),
  priorityLaneNames: localNamesSchema,
  notices: z.array(z.string()),
  greeting: z.string().nullable(),
  courtesyLine: z.string(),
  /** the counter greets a customer who waited longer than this with 让您久等了 */
  longWaitMinutes: z.number().int(),
});
export type Board = z.infer<typeof boardSchema>;

const windowAction = ({ summary }: { summary: string }) =>
  command({ summary, roles: STAFF, input: z.object({}).strict(), output: z.object({ ticket: ticketSchema.nullable() }) });

export const queueApi = {
  methods: {
    'queue.board': query({
      summary: 'Everything the hall display and the kiosk show: windows with their current ticket or pause, recent calls, waiting per business, issuing hours, notices, greeting.',
      roles: ANY_SESSION,
      input: z.object({}).strict(),
      output: boardSchema,
    }),
    'queue.issueTicket': command({
      summary: 'Issues a ticket (kiosk, or staff for a customer they see); the slip is printed through the printing outbox.',
      roles: ['kiosk', 'cashier', 'manager'],
      input: z.object({ serviceCode: serviceCodeSchema, lane: laneSchema, priorityReason: z.string().trim().max(40).nullable().default(null) }).strict(),
      output: z.object({
        ticket: ticketSchema,
        waitingAhead: z.number().int(),
        serviceName: z.string(),
        /** the slip's print job: its outcome follows as printing.kioskSlipPrinted / kioskSlipFailed (no printer set: at once) */
        slip: z.object({ jobId: z.number().int(), target: z.string() }),
      }),
    }),
    'queue.callNext': windowAction({ summary: 'Finishes the window’s current ticket and calls the next one by the calling policy (null when nobody waits).' }),
    'queue.recall': windowAction({ summary: 'Announces the current ticket again (up to the recall limit).' }),
    'queue.start': windowAction({ summary: 'The called customer arrived: service starts.' }),
    'queue.finish': windowAction({ summary: 'Service of the current ticket is finished.' }),
    'queue.skip': windowAction({ summary: 'The called customer did not come: the ticket is skipped (过号) and may be reactivated for a while.' }),
    'queue.callTicket': command({
      summary: 'Calls one particular waiting ticket out of order, with a reason (recorded).',
      roles: STAFF,
      input: z.object({ ticketNo: ticketNoSchema, reason: z.string().trim().min(2).max(100) }).strict(),
      output: z.object({ ticket: ticketSchema.nullable() }),
    }),
    'queue.reactivate': command({
      summary: 'A skipped customer came back: the ticket waits again in its original place.',
      roles: STAFF,
      input: z.object({ ticketNo: ticketNoSchema }).strict(),
      output: z.object({ ticket: ticketSchema }),
    }),
    'queue.transfer': command({
      summary: 'Sends the current ticket to another business or window, keeping its place in line, with a reason.',
      roles: STAFF,
      input: z.object({ toService: serviceCodeSchema.nullable().default(null), toWindow: z.number().int().min(1).max(99).nullable().default(null), reason: z.string().trim().min(2).max(100) }).strict(),
      output: z.object({ ticket: ticketSchema }),
    }),
    'queue.pause': command({
      summary: '暂停营业: the window is not called until resumed; the hall display shows why, where to go and when it is back.',
      roles: STAFF,
      input: z
        .object({
          reason: z.enum(PAUSE_REASONS),
          note: z.string().trim().max(60).nullable().default(null),
          redirectWindow: z.number().int().min(1).max(99).nullable().default(null),
          expectedBackMinutes: z.number().int().min(1).max(480).nullable().default(null),
        })
        .strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
    'queue.resume': command({ summary: 'The window serves again.', roles: STAFF, input: z.object({}).strict(), output: z.object({ ok: z.literal(true) }) }),
    'queue.stats': query({
      summary: 'A business day’s queue statistics per window and per business (served, no-shows, average and maximum wait, average service time, waits over the bound) and hour by hour (issued, called, waiting).',
      roles: MANAGER,
      input: z.object({ date: z.iso.date() }).strict(),
      output: z.object({
        date: z.string(),
        maxWaitMinutes: z.number().int(),
        byWindow: z.array(z.object({ windowNo: z.number().int(), served: z.number().int(), noShows: z.number().int(), avgWaitSec: z.number().int(), maxWaitSec: z.number().int(), avgServiceSec: z.number().int(), overBound: z.number().int() })),
        byService: z.array(z.object({ serviceCode: z.string(), issued: z.number().int(), served: z.number().int(), noShows: z.number().int(), avgWaitSec: z.number().int(), maxWaitSec: z.number().int(), avgServiceSec: z.number().int(), overBound: z.number().int() })),
        /** hour by hour in the hall's zone: issued, called, and still waiting when the hour ended */
        byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), issued: z.number().int(), called: z.number().int(), waiting: z.number().int() })),
      }),
    }),
    'queue.configure': command({
      summary: 'Sets the queue rules (bound, ratio, hours, notices, greetings, courtesy line) and the businesses with their windows (audited).',
      roles: MANAGER,
      input: z.object({ config: queueConfigSchema, services: z.array(serviceSchema).min(1).max(24) }).strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
  },
  events: {
    'queue.ticketCalled': event({
      summary: 'A ticket was called or recalled to a window: the hall displays announce it.',
      roles: ANY_SESSION,
      payload: z.object({ ticketNo: z.string(), windowNo: z.number().int(), lane: laneSchema, serviceCode: z.string(), recall: z.boolean(), courtesyLine: z.string().nullable() }),
    }),
    'queue.boardChanged': event({
      summary: 'Anything on the hall display changed; the payload is the whole board (small), so a display never drifts.',
      roles: ANY_SESSION,
      payload: boardSchema,
    }),
  },
} as const;

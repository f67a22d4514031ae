// The counter's registers: callbacks promised to a customer (预约回访) when a business cannot be
// done now, and complaints recorded by whoever receives them (首问负责制), with the deadlines the
// service standard sets (forward within 1 hour, answer within 48 hours) kept by the hall's clock.
import { z } from 'zod';
import { MANAGER, STAFF } from '../roles.ts';
import { command, event, query } from './contract.ts';
import { accountNoSchema } from './accounts.api.ts';

export const COMPLAINT_STATES = ['open', 'forwarded', 'answered', 'closed'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
export const CALLBACK_STATES = ['open', 'done'] as const;
/** 首问负责制: forward within an hour of receiving, answer within 48 hours. */
export const COMPLAINT_FORWARD_MINUTES = 60;
export const COMPLAINT_ANSWER_HOURS = 48;

const phoneSchema = z.string().trim().regex(/^[0-9+\- ]{5,20}$/);
const textSchema = (max: number) => z.string().trim().min(2).max(max);
const staffRefSchema = z.object({ code: z.string(), name: z.string() }).nullable();

export const callbackSchema = z.object({
  id: z.number().int(),
  phone: z.string(),
  matter: z.string(),
  accountNo: z.string().nullable(),
  dueAt: z.string(),
  state: z.enum(CALLBACK_STATES),
  recordedAt: z.string(),
  recordedBy: staffRefSchema,
  windowNo: z.number().int().nullable(),
  doneAt: z.string().nullable(),
  doneBy: staffRefSchema,
  outcome: z.string().nullable(),
  overdue: z.boolean(),
});
export type Callback = z.infer<typeof callbackSchema>;

export const complaintSchema = z.object({
  id: z.number().int(),
  matter: z.string(),
  complainant: z.string().nullable(),
  phone: z.string().nullable(),
  accountNo: z.string().nullable(),
  state: z.enum(COMPLAINT_STATES),
  receivedAt: z.string(),
  /** whoever received it is responsible for it (首问负责制) */
  receivedBy: staffRefSchema,
  windowNo: z.number().int().nullable(),
  forwardBy: z.string(),
  answerBy: z.string(),
  forwardedAt: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeNote: z.string().nullable(),
  /** still open past the forwarding deadline */
  forwardOverdue: z.boolean(),
  /** not answered past the answering deadline */
  answerOverdue: z.boolean(),
});
export type Complaint = z.infer<typeof complaintSchema>;

const idInput = <T extends z.ZodRawShape>(shape: T) => z.object({ id: z.number().int().positive(), ...shape }).strict();

export const registersApi = {
  methods: {
    'registers.recordCallback': command({
      summary: '预约回访: the customer’s phone, the matter and when they will be called back (account optional); recorded against the caller.',
      roles: STAFF,
      input: z.object({ phone: phoneSchema, matter: textSchema(200), dueAt: z.iso.datetime({ offset: true }), accountNo: accountNoSchema.nullable().default(null) }).strict(),
      output: callbackSchema,
    }),
    'registers.completeCallback': command({
      summary: 'The customer was called back: what came of it.',
      roles: STAFF,
      input: idInput({ outcome: textSchema(200) }),
      output: callbackSchema,
    }),
    'registers.recordComplaint': command({
      summary: '首问负责制: whoever receives a complaint records it and is responsible for it; it must be forwarded within 1 hour and answered within 48 hours.',
      roles: STAFF,
      input: z
        .object({
          matter: textSchema(500),
          complainant: z.string().trim().min(1).max(40).nullable().default(null),
          phone: phoneSchema.nullable().default(null),
          accountNo: accountNoSchema.nullable().default(null),
        })
        .strict(),
      output: complaintSchema,
    }),
    'registers.forwardComplaint': command({
      summary: 'An open complaint is forwarded to whoever will handle it (a department or person).',
      roles: STAFF,
      input: idInput({ to: textSchema(60) }),
      output: complaintSchema,
    }),
    'registers.answerComplaint': command({
      summary: 'The complainant was given an answer (open or forwarded complaints).',
      roles: STAFF,
      input: idInput({ answer: textSchema(500) }),
      output: complaintSchema,
    }),
    'registers.closeComplaint': command({
      summary: 'The manager closes a complaint, with a note.',
      roles: MANAGER,
      input: idInput({ note: textSchema(200) }),
      output: complaintSchema,
    }),
    'registers.list': query({
      summary: 'Callbacks and complaints still to be dealt with (or all of them), overdue ones first.',
      roles: STAFF,
      input: z.object({ includeClosed: z.boolean().default(false) }).strict(),
      output: z.object({ now: z.string(), callbacks: z.array(callbackSchema), complaints: z.array(complaintSchema) }),
    }),
  },
  events: {
    'registers.changed': event({
      summary: 'A callback or complaint was recorded or moved on: registers panels read the list again.',
      roles: STAFF,
      payload: z.object({ kind: z.enum(['callback', 'complaint']), id: z.number().int() }),
    }),
  },
} as const;

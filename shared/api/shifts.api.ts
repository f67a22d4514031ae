// Shifts (班次): a cashier opens a shift at a window with a cash float, moves cash in and out
// with a manager's approval, and closes it by counting the drawer. Every step is a ledger
// entry (docs/shifts.md); payments are refused at a window without an open shift.
import { z } from 'zod';
import { STAFF, MANAGER } from '../roles.ts';
import { fenSchema } from '../money.ts';
import { TENDER_METHODS, shiftReportModelSchema } from '../print-models.ts';
import { cashCountSchema } from '../cash-count.ts';
import { command, query } from './contract.ts';
import { managerApprovalSchema } from './ledger.api.ts';

const amountSchema = fenSchema.refine((v) => v > 0 && v <= 100_000_000, { params: { rule: 'positive' } });
const noteSchema = z.string().trim().min(2).max(200);

export const CASH_MOVES = ['topUp', 'drop', 'deposit'] as const;

export const shiftSchema = z.object({
  /** the opening entry's number: the shift's number */
  shiftNo: z.number().int(),
  windowNo: z.number().int(),
  cashier: z.object({ code: z.string(), name: z.string() }),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  floatFen: fenSchema,
  topUpsFen: fenSchema,
  /** safe drops and bank deposits */
  takenOutFen: fenSchema,
  /** cash tenders of payments less those of reversals (change already netted) */
  cashTakenFen: fenSchema,
  expectedCashFen: fenSchema,
  byMethod: z.array(z.object({ method: z.enum(TENDER_METHODS), count: z.number().int(), amountFen: fenSchema })),
  receipts: z.object({ first: z.string().nullable(), last: z.string().nullable(), count: z.number().int(), reversals: z.number().int() }),
  movements: z.array(z.object({ seq: z.number().int(), type: z.enum(CASH_MOVES), at: z.string(), amountFen: fenSchema, approver: z.string().nullable(), note: z.string().nullable() })),
  /** closed shifts: the count and its difference (positive 长款, negative 短款) */
  countedCashFen: fenSchema.nullable(),
  differenceFen: fenSchema.nullable(),
  note: z.string().nullable(),
});
export type ShiftView = z.infer<typeof shiftSchema>;

export const shiftsApi = {
  methods: {
    'shifts.open': command({
      summary: 'Opens a shift at the caller’s window with the cash float (备用金); one open shift per window. Ends a 交接班 pause.',
      roles: STAFF,
      input: z.object({ floatFen: fenSchema.refine((v) => v >= 0 && v <= 10_000_000, { params: { rule: 'nonNegative' } }) }).strict(),
      output: shiftSchema,
    }),
    'shifts.current': query({
      summary: 'The shift open at the caller’s window (with its takings so far), or null.',
      roles: STAFF,
      input: z.object({}).strict(),
      output: z.object({ shift: shiftSchema.nullable() }),
    }),
    'shifts.moveCash': command({
      summary: 'A float top-up, or a safe drop / bank deposit (解款) approved by a manager other than the cashier; a ledger entry each.',
      roles: STAFF,
      input: z
        .object({ type: z.enum(CASH_MOVES), amountFen: amountSchema, approval: managerApprovalSchema.nullable().default(null), note: z.string().trim().max(200).nullable().default(null) })
        .strict(),
      output: shiftSchema,
      credentials: (input) => (input.approval ? { purpose: 'approval', code: input.approval.managerCode, pin: input.approval.managerPin, subject: `${input.type}` } : null),
    }),
    'shifts.close': command({
      summary: 'Closes the caller’s shift with the drawer counted by denomination: counted vs expected, an overage (长款) or shortage (短款) needs a note; prints the shift report; the window waits paused for the handover.',
      roles: STAFF,
      input: z.object({ count: cashCountSchema, note: noteSchema.nullable().default(null) }).strict(),
      output: z.object({ shift: shiftSchema, report: shiftReportModelSchema, printJobId: z.number().int() }),
    }),
    'shifts.ofDay': query({
      summary: 'Every shift opened on a business day (open and closed), for the manager.',
      roles: MANAGER,
      input: z.object({ date: z.iso.date() }).strict(),
      output: z.object({ shifts: z.array(shiftSchema) }),
    }),
  },
  events: {},
} as const;

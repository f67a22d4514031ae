// What the body of a shift's own entries holds (cashIn, cashOut, shiftClose): who, the
// shift it belongs to (the seq of its opening), and for a close the count as entered. The
// shifts module writes them through appendCashEntry; the ledger reads back only `type` and
// `shift` (is a shift open at a window, which shift a top-up belongs to).
import { z } from 'zod';

const who = z.object({ code: z.string(), name: z.string() });

export const cashBodySchema = z.discriminatedUnion('type', [
  /** cashIn: the float (备用金) the shift opens with */
  z.object({ v: z.literal(1), type: z.literal('open'), cashier: who }),
  /** cashIn: more float during the shift; cashOut: a safe drop (投库) or a bank deposit (解款) */
  z.object({ v: z.literal(1), type: z.enum(['topUp', 'drop', 'deposit']), shift: z.number().int(), cashier: who, approver: who.nullable(), note: z.string().nullable() }),
  /** shiftClose: the count by denomination and the difference (amount_fen), with its note */
  z.object({
    v: z.literal(1),
    type: z.literal('close'),
    shift: z.number().int(),
    cashier: who,
    count: z.record(z.string(), z.number().int()),
    countedFen: z.number().int(),
    expectedFen: z.number().int(),
    note: z.string().nullable(),
  }),
]);
export type CashBody = z.infer<typeof cashBodySchema>;
export type CashEntryKind = 'cashIn' | 'cashOut' | 'shiftClose';

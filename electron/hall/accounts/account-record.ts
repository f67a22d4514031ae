// One customer account as it arrives from outside (the head office's export, the demo
// generator) and as it is written: the shape every writer and reader of `accounts` shares.
import { z } from 'zod';
import { fenSchema } from '../../../shared/money.ts';
import { seasonSchema } from '../../../shared/seasons.ts';

export const accountRecordSchema = z.object({
  accountNo: z.string().regex(/^[0-9A-Za-z-]{4,20}$/),
  name: z.string().min(1).max(60),
  community: z.string().max(40),
  building: z.string().max(20),
  unit: z.string().max(20),
  room: z.string().max(20),
  address: z.string().min(1).max(120),
  phone: z.string().max(20),
  customerClass: z.enum(['residential', 'nonResidential']),
  heatedAreaCentiM2: z.number().int().nonnegative().max(100_000_000),
  heatingStatus: z.enum(['normal', 'stopped']),
  lowIncome: z.boolean(),
  meterNo: z.string().max(30).nullable(),
  /** Open amounts from earlier seasons, carried over from the head office's books (欠费). */
  arrears: z.array(z.object({ season: seasonSchema, amountFen: fenSchema.refine((v) => v > 0) })),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

export function phoneLast4(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : '';
}

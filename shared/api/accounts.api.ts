import { z } from 'zod';
import { STAFF } from '../roles.ts';
import { query } from './contract.ts';

export const accountNoSchema = z.string().regex(/^[0-9A-Za-z-]{4,20}$/, '户号为 4–20 位字母、数字或 -');

export const accountSummarySchema = z.object({
  id: z.number().int(),
  accountNo: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  customerClass: z.enum(['residential', 'nonResidential']),
  heatedAreaCentiM2: z.number().int(),
  heatingStatus: z.enum(['normal', 'stopped']),
  lowIncome: z.boolean(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const SEARCH_MATCHES = ['scan', 'accountNo', 'phone', 'accountNoPrefix', 'name', 'phoneLast4', 'pinyin', 'initials', 'namePrefix', 'pinyinPrefix', 'address'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

export const accountDetailSchema = accountSummarySchema.extend({
  community: z.string(),
  building: z.string(),
  unit: z.string(),
  room: z.string(),
  meterNo: z.string().nullable(),
  updatedAt: z.string(),
});

export const accountsApi = {
  methods: {
    'accounts.search': query({
      summary: 'The cashier’s one search box: 户号 (exact or prefix), 户名, pinyin or initials, phone (full or last 4), address fragment, or a scanned bill code. Ranked, best first.',
      roles: STAFF,
      input: z.object({ text: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(100).default(20) }).strict(),
      output: z.object({
        results: z.array(accountSummarySchema.extend({ match: z.enum(SEARCH_MATCHES) })),
        /** True when more accounts matched than were returned. */
        more: z.boolean(),
      }),
    }),
    'accounts.get': query({
      summary: 'One account’s master data by 户号.',
      roles: STAFF,
      input: z.object({ accountNo: accountNoSchema }).strict(),
      output: accountDetailSchema,
    }),
  },
  events: {},
} as const;

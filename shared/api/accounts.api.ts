import { z } from 'zod';
import { STAFF, MANAGER } from '../roles.ts';
import { event, job, query } from './contract.ts';

export const accountNoSchema = z.string().regex(/^[0-9A-Za-z-]{4,20}$/);

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

export const importFileSchema = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    /** the file's bytes, base64 (CSV in UTF-8 or GB18030, or XLSX) */
    base64: z.string().max(400_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
  })
  .strict();

export const importReportSchema = z.object({
  fileName: z.string(),
  fileSha256: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8', 'gb18030']).nullable(),
  rowsTotal: z.number().int(),
  valid: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  arrearsToAdd: z.number().int(),
  arrearsDiffering: z.array(z.object({ accountNo: z.string(), season: z.string(), bookedFen: z.number().int(), fileFen: z.number().int() })),
  ignoredColumns: z.array(z.string()),
  /** every bad row: row number as Excel shows it, column header, reason in the caller's language */
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), reason: z.string(), value: z.string() })),
  importId: z.number().int().nullable(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

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
    'accounts.importPreview': query({
      summary: 'Dry run of a head office accounts file (CSV UTF-8/GB18030 or XLSX): counts and every bad row; writes nothing.',
      roles: MANAGER,
      input: importFileSchema,
      output: importReportSchema,
      maxInputBytes: 300 * 1024 * 1024,
    }),
    'accounts.importApply': job({
      summary: 'Applies a previewed accounts file, all or nothing, in one transaction off the hall’s thread (progress by accounts.importProgressed): upserts accounts by 户号, adds arrears never booked before; refused if any row is bad or the file differs from the preview.',
      roles: MANAGER,
      input: importFileSchema.extend({ previewSha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
      output: importReportSchema,
      maxInputBytes: 300 * 1024 * 1024,
    }),
  },
  events: {
    'accounts.importProgressed': event({
      summary: 'How far an accounts import is: checking the rows, then writing them (for the manager’s progress bar).',
      roles: MANAGER,
      payload: z.object({ fileSha256: z.string(), stage: z.enum(['reading', 'checking', 'writing', 'done']), done: z.number().int(), total: z.number().int() }),
    }),
  },
} as const;

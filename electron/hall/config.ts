// The hall's configuration: where the database lives, who the branch is. Read from the
// command line or a JSON file and validated, because a typo here costs a morning's takings.
import { z } from 'zod';

export const hallConfigSchema = z.object({
  dbPath: z.string().min(1),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(8731),
  branchName: z.string().default('城东供热营业厅'),
  companyName: z.string().default('滨江热力有限公司'),
  hotline: z.string().default('0000-96000'),
  timeZone: z.string().default('Asia/Shanghai'),
  /** Folder of the built renderer; the host serves the screens from it in browser mode. */
  staticDir: z.string().nullable().default(null),
  /** Operator sessions end after this many hours (a business day and some). */
  sessionHours: z.number().positive().default(16),
  /** The ledger's signing key file (headless host); default: keys/ beside the database. Never inside it. */
  signingKeyPath: z.string().min(1).nullable().default(null),
  /** Run the print worker (off in unit tests that inspect the outbox itself). */
  printWorker: z.boolean().default(true),
});
export type HallConfig = z.infer<typeof hallConfigSchema>;
export type HallConfigInput = z.input<typeof hallConfigSchema>;

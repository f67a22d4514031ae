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
  /**
   * Online backups: to `dir` (default: backups/ beside the database; better a second disk, a USB
   * stick or a share), every `everyMinutes` (0: only at day close and by hand), keeping the
   * newest `keep` and the last one of each of the last `keepDays` days.
   */
  backup: z
    .object({
      dir: z.string().min(1).nullable().default(null),
      everyMinutes: z.number().int().min(0).max(1440).default(30),
      keep: z.number().int().min(1).max(1000).default(48),
      keepDays: z.number().int().min(0).max(3660).default(30),
    })
    .default({ dir: null, everyMinutes: 30, keep: 48, keepDays: 30 }),
  /** Folder of the bundled worker threads (`<name>.mjs`) in a built app; null: each runs from its source file. */
  workersDir: z.string().nullable().default(null),
  /**
   * Device pairing: a request's code lasts `requestMinutes`; a paired device's token stops
   * working after `unusedDays` without being seen; `autoConfirmLocal` (the demo only) pairs a
   * screen on this computer (loopback) at once, as the screen asked, and the screen says so.
   */
  pairing: z
    .object({
      requestMinutes: z.number().int().min(1).max(60).default(10),
      unusedDays: z.number().int().min(1).max(365).default(30),
      autoConfirmLocal: z.boolean().default(false),
    })
    .default({ requestMinutes: 10, unusedDays: 30, autoConfirmLocal: false }),
  /** Run the print worker (off in unit tests that inspect the outbox itself). */
  printWorker: z.boolean().default(true),
});
export type HallConfig = z.infer<typeof hallConfigSchema>;
export type HallConfigInput = z.input<typeof hallConfigSchema>;

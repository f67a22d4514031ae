// The hall's configuration: where the database lives, who the branch is. Read from the
// command line or a JSON file and validated, because a typo here costs a morning's takings.
import { z } from 'zod';
import { DEMO_BRANCH_NAMES } from './demo-branch-names.ts';

/**
 * The branch network's limits, each one a refusal described in docs/network.md: the names the
 * host answers to (against DNS rebinding), how much an unidentified caller may send, how long a
 * client may take, and how many connections and event sockets one source and all may hold.
 */
export const netConfigSchema = z.object({
  /** LAN names or addresses the screens use to reach this host, beyond localhost and its own addresses. */
  allowedHosts: z.array(z.string().min(1)).default([]),
  /** Other hosts a screen's `?hall=` may name (full origins, e.g. "http://192.168.1.10:8731"). */
  hallOrigins: z.array(z.string().min(1)).default([]),
  /** Largest body read before the caller is known to be allowed more. */
  anonymousBodyBytes: z.number().int().min(256).default(4096),
  /** A connection's request head (line and headers) must arrive within this. */
  headersMs: z.number().int().positive().default(10_000),
  /** A request's body must have arrived within this after its head. */
  requestMs: z.number().int().positive().default(30_000),
  /** …unless it is an upload a signed-in caller may make (accounts import). */
  uploadMs: z.number().int().positive().default(600_000),
  /** A kept-alive connection with no request under way is closed after this. */
  idleMs: z.number().int().positive().default(5_000),
  maxConnections: z.number().int().positive().default(512),
  maxConnectionsPerSource: z.number().int().positive().default(64),
  /** An event socket must say hello (with its token) within this. */
  helloMs: z.number().int().positive().default(5_000),
  /** How often an event socket's session is looked up again when no event comes by (it is on every event too). */
  sessionCheckMs: z.number().int().positive().default(30_000),
  maxSockets: z.number().int().positive().default(256),
  /** Event sockets not yet signed in (waiting for hello, or anonymous) at once, in all and from one address. */
  maxAnonymousSockets: z.number().int().positive().default(64),
  maxAnonymousSocketsPerSource: z.number().int().positive().default(8),
});
export type NetConfig = z.infer<typeof netConfigSchema>;

/** Tickets one kiosk may issue in a minute (the hall's `kioskTicketsPerMinute`, serve's `--kiosk-tickets-per-minute`). */
export const kioskTicketsPerMinuteSchema = z.number().int().min(1).max(600);

export const hallConfigSchema = z.object({
  dbPath: z.string().min(1),
  host: z.string().default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(8731),
  branchName: z.string().default(DEMO_BRANCH_NAMES.branchName),
  companyName: z.string().default(DEMO_BRANCH_NAMES.companyName),
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
  /**
   * Tickets one kiosk may issue in any rolling minute of the hall's clock (staff issuing for a
   * customer is not counted). A person walks up, chooses, and takes the slip in five seconds at
   * the quickest, so a kiosk with a queue in front of it issues about 12 a minute; a busy
   * morning is nearer two. At 12 no real queue at the kiosk is ever refused, while a script or a
   * jammed button stops after a minute's worth of slips instead of emptying a letter's 999.
   */
  kioskTicketsPerMinute: kioskTicketsPerMinuteSchema.default(12),
  /** Run the print worker (off in unit tests that inspect the outbox itself). */
  printWorker: z.boolean().default(true),
  /** How often the database's quick check runs (off the request path; health answers its last result and age). */
  healthCheckMinutes: z.number().positive().max(1440).default(10),
  /** What the host answers to and how long it waits for a client (docs/network.md). */
  net: netConfigSchema.prefault({}),
});
export type HallConfig = z.infer<typeof hallConfigSchema>;
export type HallConfigInput = z.input<typeof hallConfigSchema>;

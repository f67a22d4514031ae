// What every hall module is given and must provide. `Handlers` has one entry per
// method in the contract, so a method without a handler does not compile.
import type { StorageWatch } from './db/storage-errors.ts';
import type { Methods, MethodName, ParsedInput, Output, EventName, Payload } from '../../shared/api/index.ts';
import type { OperatorRole, Role } from '../../shared/roles.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import type { Db } from './db/open.ts';
import type { Clock } from './clock.ts';
import type { EventBus } from './events.ts';
import type { HallConfig } from './config.ts';
import type { PrintJobRequest } from './print-request.ts';

/** The caller as the hall knows it: resolved from the session, never from the request body. */
export interface Caller {
  role: Role;
  terminalId: string;
  windowNo: number | null;
  operator: { id: number; code: string; name: string } | null;
  locale: Locale;
  /** Hash of the session token, for session.logout / whoami. */
  sessionKey: string | null;
  /** The raw token, returned by whoami so a screen can restore itself. */
  token: string | null;
  /** Where this call came from: the LAN peer's address, 'ipc:<terminal>' for the shell's own windows; absent in-process. Audited; guessing is counted per source. */
  source?: string;
  /** The paired device the call came from (its token rode along with the call), if any. */
  device?: DeviceBinding | null;
}

/** What a manager paired a device as: its role, its terminal id and (customer display, counter PC) its window. */
export interface DeviceBinding {
  id: number;
  role: 'display' | 'kiosk' | 'customerDisplay' | 'counter';
  terminalId: string;
  windowNo: number | null;
}

/**
 * Whether a call came over the LAN (any source but the shell's own IPC). The shell's windows
 * and in-process callers (the CLI, the demo seeding, tests) are trusted; a LAN caller has only
 * what its pairing gives it.
 */
export function fromNetwork(caller: Pick<Caller, 'source'>): boolean {
  return caller.source !== undefined && !caller.source.startsWith('ipc:');
}

/** An operator whose 工号 + PIN, carried by the call (contract `credentials`), the hall checked before the handler ran. */
export interface VerifiedOperator {
  id: number;
  code: string;
  name: string;
  role: OperatorRole;
}

export interface AuditEntry {
  action: string;
  subject?: string | null;
  details?: Record<string, unknown>;
}

/** Everything a handler may touch while it runs. */
export interface HandlerEnv {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: HallConfig;
  readonly caller: Caller;
  /** Time of this call; one value for the whole transaction. */
  readonly now: Date;
  /** Queue an event; it is published only if the transaction commits. */
  emit<E extends EventName>(name: E, payload: Payload<E>): void;
  /** Run after the commit (printing, notifying devices). Never runs if the transaction rolled back. */
  afterCommit(effect: () => void | Promise<void>): void;
  /** Put a document in the print outbox inside the current transaction; printed after the commit. Returns the job's id. */
  print(job: PrintJobRequest): number;
  /** Write an audit entry inside the current transaction. */
  audit(entry: AuditEntry): void;
  /** Keep this on record only if the command is refused (its transaction rolls back): failed sign-ins, wrong approvals. */
  auditIfRefused(entry: AuditEntry): void;
  /** The operator named by the call's credentials (sign-in, a manager's approval), already checked; null when the call carries none. */
  readonly credential: VerifiedOperator | null;
}

type ResultFor<M extends MethodName> = Methods[M]['kind'] extends 'command' ? Output<M> : Output<M> | Promise<Output<M>>;

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>, env: HandlerEnv) => ResultFor<M> };

/** Shared services handed to each module's handler factory. */
export interface HallServices {
  db: Db;
  clock: Clock;
  config: HallConfig;
  bus: EventBus;
  startedAt: Date;
  schemaVersion: number;
  migrationCount: number;
  /** The last refused write (disk full, read-only, I/O error) until a write succeeds again. */
  storage: StorageWatch;
}


// A busy hour on the LAN, every party its own process on loopback: the hall (`npm run serve`),
// counters working their windows, hall displays following the board, and a kiosk issuing
// tickets. Partway through, the host is killed (SIGKILL: no goodbye to anyone) and started again
// on the same port and database. The test checks what the branch promises (no ticket called
// twice, no payment lost or doubled, every display showing the same board); the bench reports
// the hour's wall time and its calls' p99.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createHall } from '../../../electron/hall/hall.ts';
import { clockFromOption } from '../../../electron/hall/clock.ts';
import { seedDemoBranch } from '../../../electron/hall/demo/demo-branch.ts';
import { writeDemoAccounts } from '../../../electron/hall/demo/demo-accounts.ts';
import { createOperator } from '../../../electron/hall/auth/index.ts';
import { openCounterWindows } from '../../../electron/hall/queue/index.ts';
import { localDateOf, seasonOf } from '../../../shared/seasons.ts';
import type { Board } from '../../../shared/api/queue.api.ts';
import { startServeProcess, type ServeProcess } from '../serve-process.ts';
import { deviceSession, lanClient, untilAnswered } from './lan-client.ts';
import { pairDevice, pairingManager } from '../pairing.ts';

/** A Monday of the heating season at 10:00 in Shanghai, whatever day the test runs. */
export const BUSY_HOUR_CLOCK = '2026-11-23T02:00:00.000Z';
const HERE = fileURLToPath(new URL('.', import.meta.url));
const CASHIER_PIN = '2468';

export interface BusyHourOptions {
  dir: string;
  counters: number;
  displays: number;
  tickets: number;
  /** the host is killed once this many payments are through */
  killAfterPaid: number;
}

export interface CounterResult {
  windowNo: number;
  served: string[];
  receipts: Array<{ key: string; receiptNo: string; totalFen: number }>;
  lostCalls: number;
  /** payment requests sent again under their key after a lost answer */
  lostPayments: number;
  latencies: number[];
  /** requests this counter sent, answered or not */
  calls: number;
}

export interface DisplayShows {
  terminalId: string;
  reconnects: number;
  windows: Board['windows'];
  waiting: Array<[string, number, number]>;
}

export interface BusyHourResult {
  wallMs: number;
  restarted: boolean;
  /** from the kill to the new host's READY */
  downtimeMs: number;
  issued: string[];
  counters: CounterResult[];
  /** the payments in the ledger afterwards */
  ledger: Array<{ receiptNo: string; key: string; amountFen: number }>;
  /** tickets the hall recorded as called more than once (by callNext; recalls are not calls) */
  calledTwice: string[];
  /** what each display showed at the end, and what the hall's own board says */
  displays: DisplayShows[];
  hall: Omit<DisplayShows, 'terminalId' | 'reconnects'>;
  latencies: number[];
}

/** A child's report lines (`KIND {json}`) handed to who listens for their kind: `on` hears every one, `next` the next one only. */
export function reportRouter() {
  const listeners = new Map<string, Set<(value: unknown) => void>>();
  const add = (kind: string, fn: (value: unknown) => void) => listeners.set(kind, (listeners.get(kind) ?? new Set()).add(fn));
  return {
    route(kind: string, value: unknown): void {
      for (const fn of [...(listeners.get(kind) ?? [])]) fn(value);
    },
    on: add,
    next(kind: string): Promise<unknown> {
      return new Promise((resolve) => {
        const once = (value: unknown) => {
          listeners.get(kind)!.delete(once);
          resolve(value);
        };
        add(kind, once);
      });
    },
    /** Listeners of a kind still waiting (a question asked in a loop must not leave one behind each time). */
    listening: (kind: string): number => listeners.get(kind)?.size ?? 0,
  };
}

interface Asked {
  /** Writes a line to the child's stdin. */
  ask(line: string): void;
  next(kind: string): Promise<unknown>;
}

interface Child extends Asked {
  process: ChildProcess;
  lines: AsyncIterableIterator<string>;
  on(kind: string, fn: (value: unknown) => void): void;
  result: Promise<unknown>;
}

/** Asks every child the same question and gathers their answers of one kind. */
export function askEach<T>(children: readonly Asked[], question: string, answer: string): Promise<T[]> {
  return Promise.all(
    children.map((c) => {
      const answered = c.next(answer) as Promise<T>;
      c.ask(question);
      return answered;
    }),
  );
}

function child(file: string, args: string[]): Child {
  const proc = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', join(HERE, file), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const router = reportRouter();
  const lines = createInterface({ input: proc.stdout! });
  const result = new Promise<unknown>((resolve, reject) => {
    lines.on('line', (line) => {
      const space = line.indexOf(' ');
      const kind = line.slice(0, space);
      const value = JSON.parse(line.slice(space + 1)) as unknown;
      if (kind === 'RESULT') resolve(value);
      router.route(kind, value);
    });
    proc.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`${file} exited ${code}`))));
  });
  result.catch(() => undefined);
  return {
    process: proc,
    lines: lines[Symbol.asyncIterator](),
    on: router.on,
    next: router.next,
    ask: (line) => proc.stdin!.write(`${line}\n`),
    result,
  };
}

/**
 * A branch with `counters` windows, a cashier for each, accounts that owe and the counter PC of
 * each window paired (by the manager, before the hour: a window is signed in at only from its
 * PC), written before the host starts. Returns each window's accounts and its PC's device token.
 */
async function prepareBranch(dbPath: string, counters: number): Promise<{ accounts: string[][]; pcs: string[] }> {
  const hall = createHall({ dbPath, port: 0, printWorker: false }, clockFromOption(BUSY_HOUR_CLOCK));
  try {
    const now = hall.clock.now();
    seedDemoBranch(hall);
    writeDemoAccounts(hall.db, 600, { seed: 1, season: seasonOf(localDateOf(now, hall.config.timeZone)), now });
    openCounterWindows(hall.db, counters);
    for (let w = 1; w <= counters; w++) createOperator(hall.db, { code: `20${String(w).padStart(2, '0')}`, name: `收费员${w}`, role: 'cashier', pin: CASHIER_PIN }, now);
    const owing = hall.db.prepare('SELECT account_no FROM accounts ORDER BY id').pluck().all() as string[];
    const manager = await pairingManager(hall);
    const pcs: string[] = [];
    for (let w = 1; w <= counters; w++) pcs.push((await pairDevice(hall, manager, { role: 'counter', terminalId: `busy-counter-${w}`, windowNo: w, source: '127.0.0.1' })).deviceToken);
    // each window its own accounts, so two windows never pay the same charge
    return { accounts: Array.from({ length: counters }, (_, i) => owing.filter((_, j) => j % counters === i).slice(0, 40)), pcs };
  } finally {
    hall.close();
  }
}

const normalised = (b: Board): Omit<DisplayShows, 'terminalId' | 'reconnects'> => ({ windows: b.windows, waiting: b.services.map((s) => [s.code, s.waitingNormal, s.waitingPriority]) });

export async function runBusyHour(options: BusyHourOptions): Promise<BusyHourResult> {
  const dbPath = join(options.dir, 'hall.db');
  const doneFlag = join(options.dir, 'kiosk-done');
  const { accounts, pcs } = await prepareBranch(dbPath, options.counters);
  const children: Child[] = [];
  const started = performance.now();
  // the kiosk issues a whole hour's tickets in seconds: the hall lets it (a real kiosk's limit is 12 a minute)
  const hostArgs = ['--db', dbPath, '--host', '127.0.0.1', '--kiosk-tickets-per-minute', '600'];
  let host: ServeProcess = await startServeProcess([...hostArgs, '--clock', BUSY_HOUR_CLOCK]);
  const { url } = host;
  const port = new URL(url).port;
  let restarted = false;
  let downtimeMs = 0;
  try {
    const displays = Array.from({ length: options.displays }, (_, i) => child('display.child.ts', [url, `busy-display-${i + 1}`]));
    children.push(...displays);
    await Promise.all(displays.map((d) => new Promise((resolve) => d.on('READY', resolve))));

    const counters = accounts.map((list, i) => child('counter.child.ts', [url, `20${String(i + 1).padStart(2, '0')}`, CASHIER_PIN, String(i + 1), list.join(','), doneFlag, pcs[i]!]));
    children.push(...counters);
    const kiosk = child('kiosk.child.ts', [url, String(options.tickets)]);
    children.push(kiosk);

    // the host dies mid-hour, hard, and comes back on the same port and database
    let paid = 0;
    let restarting: Promise<void> | null = null;
    for (const c of counters) {
      c.on('PAID', () => {
        if (++paid !== options.killAfterPaid) return;
        restarting = (async () => {
          const killedAt = performance.now();
          const dead = host;
          const exited = new Promise((resolve) => dead.child.once('exit', resolve));
          dead.child.kill('SIGKILL');
          await exited;
          // the hall's clock goes on from where it was, as a real host's would after a restart
          const resumeAt = new Date(Date.parse(BUSY_HOUR_CLOCK) + (performance.now() - started)).toISOString();
          host = await startServeProcess([...hostArgs, '--clock', resumeAt, '--port', port]);
          restarted = true;
          downtimeMs = performance.now() - killedAt;
        })();
      });
    }

    const kioskResult = (await kiosk.result) as { issued: string[]; latencies: number[] };
    writeFileSync(doneFlag, 'done');
    const counterResults = (await Promise.all(counters.map((c) => c.result))) as CounterResult[];
    if (restarting) await restarting;
    const wallMs = performance.now() - started;

    const db = new Database(dbPath, { readonly: true });
    let ledger: BusyHourResult['ledger'];
    let calledTwice: string[];
    try {
      ledger = db.prepare("SELECT receipt_no AS receiptNo, idempotency_key AS key, amount_fen AS amountFen FROM ledger_entries WHERE kind = 'payment' ORDER BY seq").all() as BusyHourResult['ledger'];
      calledTwice = db
        .prepare("SELECT t.ticket_no FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.action IN ('called', 'calledOutOfOrder') GROUP BY e.ticket_id HAVING COUNT(*) > 1")
        .pluck()
        .all() as string[];
    } finally {
      db.close();
    }

    // The hall's board now, and what each display shows once the last events have arrived.
    const referee = lanClient(host.url);
    await deviceSession(referee, 'display', 'busy-referee');
    const board = normalised(await untilAnswered(referee, 'queue.board', {}));
    const shows = () => askEach<DisplayShows>(displays, 'report', 'SHOWS');
    let seen = await shows();
    const same = (s: DisplayShows) => JSON.stringify([s.windows, s.waiting]) === JSON.stringify([board.windows, board.waiting]);
    for (let i = 0; i < 50 && !seen.every(same); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // the last boardChanged events are still on their way
      seen = await shows();
    }
    return {
      wallMs,
      restarted,
      downtimeMs,
      issued: kioskResult.issued,
      counters: counterResults,
      ledger,
      calledTwice,
      displays: seen,
      hall: board,
      latencies: [...kioskResult.latencies, ...counterResults.flatMap((c) => c.latencies)],
    };
  } finally {
    for (const c of children) if (c.process.exitCode === null) c.process.kill('SIGKILL');
    await host.stop();
  }
}

// After a fatal error in the main process the app starts itself again, unless it has been
// doing that in a loop: then it stops and leaves the log for someone to read, instead of
// flashing windows on a hall display all day. The recent crashes are kept in a small file,
// because each restart is a new process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './terminal-file.ts';

/** At most this many restarts … */
export const CRASH_LOOP_MAX = 3;
/** … within this long; a fourth crash in that time gives up. */
export const CRASH_LOOP_WINDOW_MS = 10 * 60_000;

export type FatalVerdict = { action: 'relaunch'; history: number[] } | { action: 'giveUp'; history: number[] };

/** Decides from the earlier crash times (ms) and now whether to start again. */
export function fatalVerdict(history: readonly number[], now: number): FatalVerdict {
  const recent = [...history.filter((at) => now - at < CRASH_LOOP_WINDOW_MS && at <= now), now];
  return recent.length > CRASH_LOOP_MAX ? { action: 'giveUp', history: recent } : { action: 'relaunch', history: recent };
}

export interface CrashHistory {
  read(): number[];
  write(history: number[]): void;
}

export function crashHistoryFile(dataDir: string): CrashHistory {
  const path = join(dataDir, 'crash-history.json');
  return {
    read() {
      try {
        const list: unknown = JSON.parse(readFileSync(path, 'utf8'));
        return Array.isArray(list) ? list.filter((n): n is number => typeof n === 'number') : [];
      } catch {
        return [];
      }
    },
    write: (history) => writeFileAtomic(path, JSON.stringify(history)),
  };
}

export interface FatalDeps {
  now(): number;
  history: CrashHistory;
  relaunch(): void;
  exit(code: number): void;
  log(level: 'error', message: string): void;
}

/** Logs the error, then relaunches (or gives up in a crash loop) and exits. Never throws. */
export function onFatal(error: unknown, deps: FatalDeps): FatalVerdict['action'] {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  let verdict: FatalVerdict = { action: 'relaunch', history: [] };
  try {
    deps.log('error', `fatal: ${detail}`);
    verdict = fatalVerdict(deps.history.read(), deps.now());
    deps.history.write(verdict.history);
    deps.log('error', verdict.action === 'relaunch' ? `restarting (crash ${verdict.history.length} of ${CRASH_LOOP_MAX} allowed in ${CRASH_LOOP_WINDOW_MS / 60_000} min)` : `crashed ${verdict.history.length} times in ${CRASH_LOOP_WINDOW_MS / 60_000} min: not restarting; see this log`);
  } catch {
    // the disk is the likely culprit; restarting is still the best chance
  }
  if (verdict.action === 'relaunch') deps.relaunch();
  deps.exit(1);
  return verdict.action;
}

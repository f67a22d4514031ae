// The hall's only source of time, so tests and simulations can run a whole business day
// in milliseconds and shared/ never reads a clock.
export interface Clock {
  now(): Date;
}

/**
 * The world's time. Only an entry point (serve, start, the shell, a CLI) chooses it, and hands
 * it down: nothing below an entry point reads the system clock on its own.
 */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to: for tests and simulations. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * Real time, shifted so that it read `start` when created: a training hall or an end-to-end
 * test runs "at 10:00 on a business day" whatever the hour outside, and time still flows.
 */
export function shiftedClock(start: Date | string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** What an entry point's `--clock ISO` option means: time flowing from that instant, or the world's time. */
export function clockFromOption(start: string | undefined): Clock {
  return start ? shiftedClock(start) : systemClock;
}

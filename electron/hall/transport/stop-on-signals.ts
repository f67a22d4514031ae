// Ctrl+C, or a service manager's stop: the host stops taking calls first, then the hall closes
// its database (the WAL checkpointed, the print worker stopped), then the process exits. A second
// signal while that runs changes nothing, so a payment in flight is never cut off by an
// impatient double Ctrl+C.
import type { HallHost } from './host.ts';

/** What of `process` this needs, so a test can hand it a fake. */
export interface SignalledProcess {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

export function stopOnSignals(host: Pick<HallHost, 'close'>, hall: { close(): void }, proc: SignalledProcess = process): void {
  let stopping: Promise<void> | null = null;
  const stop = (): void => {
    stopping ??= host.close().then(
      () => {
        hall.close();
        proc.exit(0);
      },
      (error: unknown) => {
        console.error('[hall] stopping failed:', error);
        hall.close();
        proc.exit(1);
      },
    );
  };
  proc.on('SIGINT', stop);
  proc.on('SIGTERM', stop);
}

// lan_busy_hour: the LAN's busy hour (tests/support/lan/busy-hour.ts), every party its own
// process on loopback: 8 counters, 4 hall displays and a kiosk; 64 tickets called and paid; the
// host killed (SIGKILL) after 20 payments and restarted on the same port and database.
// - lan_busy_hour_ms, the wall time, beside its floor: the longest counter's chain of requests
//   at one WebSocket round trip each, plus the restart's own downtime (kill to READY);
// - lan_busy_hour_call_p99, the p99 of every call answered at its first try, beside the p99 of
//   one WebSocket round trip to an echo process, measured in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBusyHour } from '../support/lan/busy-hour.ts';
import { echoServer } from './support/ws-echo.ts';
import { beside, percentile, type Figure } from './figure.ts';

export default async function (): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cd-bench-lan-'));
  const echo = await echoServer();
  try {
    const run = await runBusyHour({ dir, counters: 8, displays: 4, tickets: 64, killAfterPaid: 20 });
    if (!run.restarted || run.calledTwice.length > 0) throw new Error('the busy hour did not hold its promises: see tests/hall/net/busy-hour.test.ts');
    const trips: number[] = [];
    for (let i = 0; i < 200; i++) trips.push(await echo.roundTrip());
    const longestChain = Math.max(...run.counters.map((c) => c.calls));
    return [
      ...beside('lan_busy_hour_ms', 'ms', run.wallMs, longestChain * percentile(trips, 50) + run.downtimeMs, 0),
      ...beside('lan_busy_hour_call_p99', 'ms', percentile(run.latencies, 99), percentile(trips, 99), 2),
    ];
  } finally {
    echo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

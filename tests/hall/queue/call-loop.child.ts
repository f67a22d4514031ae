// Child process of the concurrency test: its own hall on the shared database file, one window,
// calling the next ticket as fast as it can until nobody waits; prints each ticket it got.
import { writeSync } from 'node:fs';
import { createHall } from '../../../electron/hall/hall.ts';
import { childClockAndArgs } from '../../support/child-clock.ts';

const { clock, positionals } = childClockAndArgs(process.argv.slice(2));
const [dbPath, windowArg] = positionals;
const windowNo = Number(windowArg);
const hall = createHall({ dbPath: dbPath!, printWorker: false }, clock);
const login = await hall.dispatcher.call({ token: null }, 'session.login', { operatorCode: `2${String(windowNo).padStart(3, '0')}`, pin: '1234', terminalId: `proc-${windowNo}`, windowNo });
if (!login.ok) throw new Error(login.error.message);
const token = (login.result as { token: string }).token;
// start together: wait for the test's "go" once every process is ready
writeSync(1, 'READY\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();
for (;;) {
  const res = await hall.dispatcher.call({ token }, 'queue.callNext', {});
  if (!res.ok) {
    // another process holds the write lock longer than busy_timeout: try again
    if (res.error.code === 'unavailable') continue;
    throw new Error(res.error.message);
  }
  const ticket = (res.result as { ticket: { ticketNo: string } | null }).ticket;
  if (!ticket) break;
  writeSync(1, `${ticket.ticketNo}\n`);
}
hall.close();

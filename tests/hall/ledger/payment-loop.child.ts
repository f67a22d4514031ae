// Child process of the crash-safety test: takes payments in a loop on a file database and
// reports each one on stdout only after the hall has answered, i.e. after the commit.
// The test kills it with SIGKILL at random moments.
import { writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createHall } from '../../../electron/hall/hall.ts';
import { childClockAndArgs } from '../../support/child-clock.ts';

const { clock, positionals } = childClockAndArgs(process.argv.slice(2));
const dbPath = positionals[0]!;
const windowNo = Number(positionals[1] ?? 1);
const hall = createHall({ dbPath, printWorker: false }, clock);
const login = await hall.dispatcher.call({ token: null }, 'session.login', { operatorCode: windowNo === 1 ? '1001' : '1002', pin: '1234', terminalId: `crash-${windowNo}`, windowNo });
if (!login.ok) throw new Error(login.error.message);
const token = (login.result as { token: string }).token;
writeSync(1, 'READY\n');
for (;;) {
  const key = randomUUID();
  const res = await hall.dispatcher.call({ token }, 'ledger.recordPayment', {
    idempotencyKey: key,
    accountNo: '30000002',
    chargeIds: [],
    items: [{ code: 'KS', quantity: 1 }],
    expectedTotalFen: 5_000,
    tenders: [{ method: 'cash', amountFen: 5_000, reference: null }],
    cashReceivedFen: 10_000,
  });
  // the other window's process held the write lock past the busy timeout: nothing was written
  if (!res.ok && res.error.code === 'unavailable') continue;
  if (!res.ok) throw new Error(res.error.message);
  writeSync(1, `COMMITTED ${(res.result as { receiptNo: string }).receiptNo} ${key}\n`);
}

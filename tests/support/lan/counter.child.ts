// One counter of the busy hour, as the counter screen works it: sign in at its window, open the
// shift, then call, take the payment, call the next … until the kiosk is done and nobody waits.
// When an answer is lost to a host restart it does what the screen does: a payment is sent
// again under the same idempotency key; a call is not repeated blindly: the window's current
// ticket is read back from the board (the screen's resync) and served.
import { existsSync } from 'node:fs';
import { lanClient, once, untilAnswered, report, latencies, sent } from './lan-client.ts';

const [url, code, pin, windowText, accountsText, doneFlag, pcToken] = process.argv.slice(2) as [string, string, string, string, string, string, string];
const windowNo = Number(windowText);
const accounts = accountsText.split(',');
const client = lanClient(url);

// a window is signed in at only from the counter PC paired for it (paired before the hour)
client.setDeviceToken(pcToken);
const session = await untilAnswered(client, 'session.login', { operatorCode: code, pin, terminalId: `busy-counter-${windowNo}`, windowNo, locale: 'zh-CN' });
client.setToken(session.token);
const shift = await untilAnswered(client, 'shifts.current', {});
if (!shift.shift) await untilAnswered(client, 'shifts.open', { floatFen: 100_000 });

const served: string[] = [];
const receipts: Array<{ key: string; receiptNo: string; totalFen: number }> = [];
let lostCalls = 0;
let lostPayments = 0;
let next = 0;

/** The window's current ticket as the hall has it (what the screen shows after a reconnect). */
async function onBoard(): Promise<{ ticketNo: string; status: 'called' | 'serving' } | null> {
  const board = await untilAnswered(client, 'queue.board', {});
  return board.windows.find((w) => w.windowNo === windowNo)?.current ?? null;
}
const currentOnBoard = async () => (await onBoard())?.ticketNo ?? null;

/** The customer came to the counter; after a lost answer, the board says whether the start arrived. */
async function startService(): Promise<void> {
  if (await once(client, 'queue.start', {})) return;
  lostCalls++;
  if ((await onBoard())?.status !== 'serving') await untilAnswered(client, 'queue.start', {});
}

async function callNext(): Promise<string | null> {
  const answered = await once(client, 'queue.callNext', {});
  if (answered) return answered.result.ticket?.ticketNo ?? null;
  // Sent again, it would finish whoever the lost try may have called, unseen. The board (read
  // once the host answers again) says who stands at this window now.
  lostCalls++;
  const current = await currentOnBoard();
  if (current !== null && current === served.at(-1)) return callNext(); // the lost try never arrived
  return current;
}

for (;;) {
  const ticketNo = await callNext();
  if (!ticketNo) {
    if (existsSync(doneFlag)) {
      const board = await untilAnswered(client, 'queue.board', {});
      if (board.services.every((s) => s.waitingNormal + s.waitingPriority === 0)) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50)); // nobody waiting yet
    continue;
  }
  served.push(ticketNo);
  await startService();
  const accountNo = accounts[next++ % accounts.length]!;
  const statement = await untilAnswered(client, 'billing.statement', { accountNo });
  if (statement.totalFen > 0) {
    const key = `busy-${windowNo}-${served.length}`;
    const receipt = await untilAnswered(client, 'ledger.recordPayment', {
      idempotencyKey: key,
      accountNo,
      chargeIds: null,
      items: [],
      expectedTotalFen: statement.totalFen,
      tenders: [{ method: 'cash', amountFen: statement.totalFen, reference: null }],
      cashReceivedFen: statement.totalFen,
      waiveLateFee: null,
    }, () => lostPayments++);
    receipts.push({ key, receiptNo: receipt.receiptNo, totalFen: receipt.totalFen });
    report('PAID', receipt.receiptNo);
  }
}
await untilAnswered(client, 'queue.finish', {}).catch(() => undefined); // nothing current is fine
report('RESULT', { windowNo, served, receipts, lostCalls, lostPayments, latencies, calls: sent.count });

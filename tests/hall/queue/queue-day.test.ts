// The queue's day as the day close reports it and the day report's chart draws it: customers
// waiting at the half hour of each hall hour, a ticket never called counting until the day ends.
import { afterEach, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';
import { queueDay } from '../../../electron/hall/queue/queue-day.ts';

let t: TestHall;
afterEach(() => t.close());

it('counts who waited at each half hour, and a ticket left uncalled only until the day ends', async () => {
  t = testHall({ start: '2026-11-23T01:10:00.000Z' }); // 09:10 in the hall
  const kiosk = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'main', windowNo: null })).token;
  const cashier = await t.login('1001', '1234', 1);
  const issue = () => t.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, kiosk);
  await issue(); // 09:10, called 10:40: waiting at 09:30 and 10:30
  t.clock.advance(90 * 60_000);
  await t.call('queue.callNext', {}, cashier);
  t.clock.set(new Date('2026-11-23T08:10:00.000Z')); // 16:10: issued, never called
  await issue();
  const day = queueDay(t.hall.db, '2026-11-23', 'Asia/Shanghai');
  const expected = new Array<number>(24).fill(0);
  expected[9] = 1;
  expected[10] = 1;
  for (let h = 16; h <= 23; h++) expected[h] = 1;
  expect(day.waitingByHour).toEqual(expected);
  expect(day).toMatchObject({ issued: 2, served: 0 });
});

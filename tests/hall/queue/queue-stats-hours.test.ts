// The day hour by hour, as the manager's chart and the day report draw it: counted on the
// hall's clock face (Asia/Shanghai), not the server's UTC hours.
import { afterEach, expect, it } from 'vitest';
import { testHall, type TestHall } from '../../support/hall.ts';

let t: TestHall;
afterEach(() => t.close());

it('counts tickets issued and called per hall hour, and who was still waiting when each hour ended', async () => {
  t = testHall({ start: '2026-11-23T01:10:00.000Z' }); // 09:10 in the hall
  const kiosk = (await t.call('session.openDevice', { role: 'kiosk', terminalId: 'main', windowNo: null })).token;
  const cashier = await t.login('1001', '1234', 1);
  const manager = await t.login('9001', '9999', null);
  const issue = () => t.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, kiosk);
  const minutes = (n: number) => t.clock.advance(n * 60_000);
  await issue(); // 09:10
  minutes(30);
  await issue(); // 09:40
  minutes(10);
  await t.call('queue.callNext', {}, cashier); // 09:50 calls the first
  minutes(15);
  await issue(); // 10:05
  minutes(15);
  await t.call('queue.callNext', {}, cashier); // 10:20 calls the second
  minutes(50);
  await t.call('queue.callNext', {}, cashier); // 11:10 calls the third
  const stats = await t.call('queue.stats', { date: '2026-11-23' }, manager);
  expect(stats.byHour).toEqual([
    { hour: 9, issued: 2, called: 1, waiting: 1 },
    { hour: 10, issued: 1, called: 1, waiting: 1 },
    { hour: 11, issued: 0, called: 1, waiting: 0 },
  ]);
});

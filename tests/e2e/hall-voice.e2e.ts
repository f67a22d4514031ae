// The hall display hears a call within seconds, whatever came before: a burst of 20 calls and
// recalls at three windows does not queue a minute of speech, and the next call is spoken within
// 5 s. The banner is the present state: a window that pauses takes its call off it, muted or not.
import { test, expect } from './fixtures/hall.ts';
import { DisplayPage } from './pages/display.ts';
import { partText } from '../../shared/announcement.ts';

type Ticket = { ticket: { ticketNo: string } | null };

// 30 tickets from one kiosk in a second or two: more than a real kiosk may issue in a minute (12)
test.use({ hallKioskTicketsPerMinute: 600 });

async function staff(hall: { login: (code?: string, pin?: string, windowNo?: number | null) => Promise<string> }) {
  return [await hall.login('1001', '1234', 1), await hall.login('1002', '1234', 2), await hall.login('9001', '9999', 3)];
}

test('after a burst of 20 calls and recalls the next call is heard within 5 s; nothing stale is said', async ({ hall, page }) => {
  const display = new DisplayPage(page);
  await display.open(hall.url, { voice: true });
  await expect(page.getByTestId('hall-display')).toHaveAttribute('data-voice-mode', 'webSpeech');
  const kiosk = await hall.openDevice('kiosk', 'main');
  for (let i = 0; i < 30; i++) await hall.call('queue.issueTicket', { serviceCode: 'A', lane: i % 4 === 0 ? 'priority' : 'normal', priorityReason: null }, kiosk);
  const windows = await staff(hall);

  // the burst: each window calls, recalls, calls again … as fast as the hall answers
  const calledAt = new Map<string, number>();
  for (let i = 0; i < 20; i++) {
    const w = i % 3;
    const recall = i % 4 === 3;
    const r = await hall.call<Ticket>(recall ? 'queue.recall' : 'queue.callNext', {}, windows[w]);
    if (r.ticket) calledAt.set(r.ticket.ticketNo, w + 1);
  }
  const next = await hall.call<Ticket>('queue.callNext', {}, windows[1]);
  const expected = partText({ ticketNo: next.ticket!.ticketNo, windowNo: 2, priority: false, courtesyLine: null }, 'call');
  await expect.poll(async () => (await display.spoken()).map((u) => u.text), { timeout: 5_000, intervals: [100] }).toContain(expected);

  // the burst was not queued up: far fewer utterances than calls, none said twice in a row
  const spoken = await display.spoken();
  const calls = spoken.filter((u) => u.text.startsWith('请 '));
  expect(calls.length).toBeLessThan(12);
  for (let i = 1; i < calls.length; i++) expect(calls[i]!.text).not.toBe(calls[i - 1]!.text);
  // and the screen agrees with the hall: window 2 shows the number just called
  await expect(display.window(2)).toContainText(next.ticket!.ticketNo);
  await expect(display.currentCall).toContainText(`请 ${next.ticket!.ticketNo} 号到 2 号窗口办理`);
});

test('a window that pauses takes its call off the banner and out of the voice; muting keeps the call on screen', async ({ hall, page }) => {
  const display = new DisplayPage(page);
  await display.open(hall.url, { voice: true, muted: true });
  const kiosk = await hall.openDevice('kiosk', 'main');
  await hall.call('queue.issueTicket', { serviceCode: 'A', lane: 'priority', priorityReason: null }, kiosk);
  await hall.call('queue.issueTicket', { serviceCode: 'A', lane: 'normal', priorityReason: null }, kiosk);
  const [w1, w2] = await staff(hall);
  await hall.call('queue.callNext', {}, w1);
  // muted: no voice, but the call is on screen
  await expect(display.currentCall).toContainText('请 Y001 号到 1 号窗口办理');
  expect(await display.spoken()).toEqual([]);

  await page.getByTestId('mute').click(); // sound on
  await hall.call('queue.callNext', {}, w2);
  await expect(display.currentCall).toContainText('请 A001 号到 2 号窗口办理');
  await expect.poll(async () => (await display.spoken()).map((u) => u.text), { timeout: 5_000 }).toContain('请 A 零 零 一 号到 二 号窗口办理');

  await hall.call('queue.recall', {}, w1);
  await hall.call('queue.pause', { reason: 'handover', redirectWindow: 2 }, w1);
  await expect(display.window(1)).toContainText('暂停营业');
  const pausedAt = await page.evaluate(() => performance.now());
  await expect(display.currentCall).toContainText('请 A001 号到 2 号窗口办理'); // the present call is window 2's
  await hall.call('queue.pause', { reason: 'settlement', redirectWindow: 3 }, w2);
  await expect(display.currentCall).toHaveCount(0);
  // the recall of Y001 at the window that paused is not said after the pause (stopped if it had begun)
  await expect.poll(async () => (await display.spoken()).every((u) => u.endedAt !== null), { timeout: 10_000 }).toBe(true);
  for (const u of (await display.spoken()).filter((x) => x.text.includes('Y 零 零 一'))) {
    expect(u.startedAt).toBeLessThan(pausedAt);
    if (u.endedAt! > pausedAt + 500) expect(u.cancelled).toBe(true);
  }
});

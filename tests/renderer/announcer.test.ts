// The hall's voice decisions with a fake clock and a fake voice: nothing sleeps; a part "takes"
// its estimated time because the test moves the clock and then ends it.
import { describe, expect, it } from 'vitest';
import { Announcer, type AnnouncerLogEntry, type Voice, type WindowNow } from '../../renderer/display/voice/announcer.ts';
import type { AnnouncementPart, CallAnnouncement } from '../../shared/announcement.ts';

const COURTESY = '请允许我先为这位老人办理，谢谢';
const call = (ticketNo: string, windowNo = 1): CallAnnouncement => ({ ticketNo, windowNo, priority: ticketNo.startsWith('Y'), courtesyLine: ticketNo.startsWith('Y') ? COURTESY : null });
const DURATION: Record<AnnouncementPart, number> = { chime: 600, call: 3_000, courtesy: 3_500 };

interface Said {
  ticketNo: string;
  windowNo: number;
  part: AnnouncementPart;
  at: number;
  end: () => void;
  endsAt: number;
}

function rig(options: { failOn?: string; maxLagMs?: number } = {}) {
  const clock = { t: 0 };
  const said: Said[] = [];
  let active: Said | null = null;
  const log: AnnouncerLogEntry[] = [];
  const voice: Voice = {
    estimateMs: (_c, part) => DURATION[part],
    say: (c, part, signal) =>
      new Promise<void>((resolve, reject) => {
        if (c.ticketNo === options.failOn) return reject(new Error('no audio device'));
        const entry: Said = { ticketNo: c.ticketNo, windowNo: c.windowNo, part, at: clock.t, endsAt: clock.t + DURATION[part], end: () => ((active = null), resolve()) };
        active = entry;
        said.push(entry);
        signal.addEventListener('abort', entry.end);
      }),
  };
  const announcer = new Announcer(voice, { now: () => clock.t, maxLagMs: options.maxLagMs, onLog: (e) => log.push(e) });
  const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return {
    clock,
    said,
    log,
    announcer,
    flush,
    get active() {
      return active;
    },
    /** lets the voice finish what it is saying (the clock moves to the part's end) */
    async finishPart() {
      await flush();
      const a = active;
      if (!a) return false;
      clock.t = Math.max(clock.t, a.endsAt);
      a.end();
      await flush();
      return true;
    },
    /** runs the voice until `until` (ms), delivering `events` at their times */
    async run(until: number, events: Array<{ at: number; fire: () => void }> = []) {
      const todo = [...events].sort((a, b) => a.at - b.at);
      for (;;) {
        await flush();
        const nextEvent = todo[0]?.at ?? Infinity;
        const partEnd = active ? active.endsAt : Infinity;
        const next = Math.min(nextEvent, partEnd);
        if (next > until) break;
        clock.t = Math.max(clock.t, next);
        if (nextEvent <= partEnd) todo.shift()!.fire();
        else active!.end();
      }
      clock.t = until;
    },
    started: () => log.filter((e) => e.kind === 'started').map((e) => e.ticketNo),
  };
}

const board = (...windows: Array<[number, string | null, ('called' | 'serving')?, ('open' | 'paused')?]>): WindowNow[] =>
  windows.map(([windowNo, ticketNo, status = 'called', state = 'open']) => ({ windowNo, status: state, current: ticketNo ? { ticketNo, status } : null }));

describe('announcer', () => {
  it('speaks calls one at a time in the order they came; the chime only when nobody else waits', async () => {
    const r = rig();
    await r.run(2_000, [
      { at: 0, fire: () => r.announcer.called(call('A001', 1)) },
      { at: 0, fire: () => r.announcer.called(call('A002', 2)) },
      { at: 2_000, fire: () => r.announcer.called(call('A003', 3)) },
    ]);
    expect(r.announcer.waiting).toEqual(['A002', 'A003']);
    while (await r.finishPart());
    expect(r.said.map((s) => `${s.ticketNo}:${s.part}`)).toEqual(['A001:chime', 'A001:call', 'A002:call', 'A003:chime', 'A003:call']);
    // never two at once: each part starts when the one before ended
    for (let i = 1; i < r.said.length; i++) expect(r.said[i]!.at).toBeGreaterThanOrEqual(r.said[i - 1]!.endsAt);
  });

  it('when calls come faster than they can be said, the newest goes first and none is said more than 12 s late', async () => {
    const r = rig();
    await r.run(60_000, [1, 2, 3, 4].map((w) => ({ at: 10 * w, fire: () => r.announcer.called(call(`A00${w}`, w)) })));
    const started = r.log.filter((e) => e.kind === 'started');
    expect(started.map((e) => e.ticketNo)).toEqual(['A001', 'A004', 'A003', 'A002']);
    for (const e of started) expect(e.at - e.receivedAt).toBeLessThanOrEqual(12_000);
    expect(started.find((e) => e.ticketNo === 'A004')!.at - 40).toBeLessThanOrEqual(5_000);
  });

  it('a recall of the call being said, or of a waiting call, is one announcement', async () => {
    const r = rig();
    r.announcer.called(call('A001', 1));
    r.announcer.called(call('A002', 2));
    await r.flush();
    r.announcer.called(call('A001', 1)); // recall while it is being said
    r.announcer.called(call('A002', 2)); // recall while it waits
    r.announcer.called(call('A002', 2));
    expect(r.announcer.waiting).toEqual(['A002']);
    while (await r.finishPart());
    expect(r.said.filter((s) => s.part === 'call').map((s) => s.ticketNo)).toEqual(['A001', 'A002']);
    expect(r.log.filter((e) => e.kind === 'dropped').map((e) => e.kind === 'dropped' && e.reason)).toEqual(['coalesced', 'coalesced', 'coalesced']);
  });

  it('a newer call to a window replaces its waiting call and stops the one being said for that window', async () => {
    const r = rig();
    r.announcer.called(call('A001', 1));
    r.announcer.called(call('A002', 2));
    await r.flush();
    r.announcer.called(call('A003', 2)); // window 2 moved on before A002 was said
    expect(r.announcer.waiting).toEqual(['A003']);
    r.announcer.called(call('A004', 1)); // window 1 moved on while A001 is being said
    expect(r.active).toBeNull();
    while (await r.finishPart());
    expect(r.started()).toEqual(['A001', 'A003', 'A004']);
    expect(r.log.find((e) => e.kind === 'stopped')).toMatchObject({ ticketNo: 'A001', reason: 'superseded' });
  });

  it('the board is the truth: a paused window, a finished ticket or an arrived customer is not announced', async () => {
    const r = rig();
    r.announcer.called(call('Y001', 1));
    r.announcer.called(call('A002', 2));
    r.announcer.called(call('A003', 3));
    r.announcer.called(call('A004', 4));
    await r.flush();
    expect(r.active).toMatchObject({ ticketNo: 'Y001' });
    // window 1 paused while Y001 is being said; 2 finished A002; 3's customer is already there
    r.announcer.boardChanged(board([1, null, 'called', 'paused'], [2, null], [3, 'A003', 'serving'], [4, 'A004']));
    expect(r.active).toBeNull();
    expect(r.announcer.waiting).toEqual(['A004']);
    while (await r.finishPart());
    expect(r.started()).toEqual(['Y001', 'A004']);
    expect(r.said.filter((s) => s.ticketNo === 'Y001').map((s) => s.part)).toEqual(['chime']);
  });

  it('a priority call adds the courtesy line only when nobody else waits', async () => {
    const r = rig();
    r.announcer.called(call('Y001', 1));
    while (await r.finishPart());
    expect(r.said.map((s) => s.part)).toEqual(['chime', 'call', 'courtesy']);
    r.announcer.called(call('Y002', 1));
    await r.finishPart(); // chime
    r.announcer.called(call('A001', 2));
    while (await r.finishPart());
    expect(r.said.slice(3).map((s) => `${s.ticketNo}:${s.part}`)).toEqual(['Y002:chime', 'Y002:call', 'A001:chime', 'A001:call']);
  });

  it('the measured backlog: calls at 1.7 s, 2.6 s and 3.5 s are each heard within 5 s (were 40 s, 61 s, 72 s)', async () => {
    const r = rig();
    await r.run(30_000, [
      { at: 1_700, fire: () => r.announcer.called(call('Y001', 1)) },
      { at: 2_600, fire: () => r.announcer.called(call('A001', 2)) },
      { at: 3_500, fire: () => r.announcer.called(call('A002', 3)) },
    ]);
    const started = r.log.filter((e) => e.kind === 'started');
    expect(started.map((e) => e.ticketNo)).toEqual(['Y001', 'A001', 'A002']);
    for (const e of started) expect(e.at - e.receivedAt).toBeLessThanOrEqual(5_000);
  });

  it('after a burst of 20 calls and recalls at 4 windows, the next call is heard within 5 s', async () => {
    const r = rig();
    const burst: Array<{ at: number; fire: () => void }> = [];
    const current = new Map<number, string>();
    let n = 0;
    for (let i = 0; i < 20; i++) {
      const windowNo = (i % 4) + 1;
      const recall = i % 3 === 2 && current.has(windowNo);
      const ticketNo = recall ? current.get(windowNo)! : `${i % 5 === 0 ? 'Y' : 'A'}${String(++n).padStart(3, '0')}`;
      current.set(windowNo, ticketNo);
      burst.push({ at: 100 * i, fire: () => r.announcer.called(call(ticketNo, windowNo)) });
    }
    await r.run(2_500, burst);
    r.announcer.called(call('A100', 2));
    const heardAt = r.clock.t;
    await r.run(60_000);
    const last = r.log.find((e) => e.kind === 'started' && e.ticketNo === 'A100')!;
    expect(last.at - heardAt).toBeLessThanOrEqual(5_000);
    // no call was said more than 12 s late; the burst did not queue a minute of speech
    for (const e of r.log.filter((x) => x.kind === 'started')) expect(e.at - e.receivedAt).toBeLessThanOrEqual(12_000);
    expect(r.said.filter((s) => s.part === 'call').length).toBeLessThan(10);
    expect(Math.max(...r.said.map((s) => s.endsAt))).toBeLessThan(20_000);
  });

  it('muting stops the voice and drops what waits; a voice that fails does not stop the next call', async () => {
    const r = rig({ failOn: 'A001' });
    r.announcer.called(call('A000', 1));
    r.announcer.called(call('A009', 2));
    await r.flush();
    r.announcer.setMuted(true);
    expect(r.active).toBeNull();
    expect(r.announcer.waiting).toEqual([]);
    r.announcer.called(call('A005', 3));
    r.announcer.setMuted(false);
    r.announcer.called(call('A001', 1));
    r.announcer.called(call('A002', 2));
    while (await r.finishPart());
    expect(r.started()).toEqual(['A000', 'A001', 'A002']);
    expect(r.said.filter((s) => s.part === 'call').map((s) => s.ticketNo)).toEqual(['A002']);
  });
});

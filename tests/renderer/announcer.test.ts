import { describe, expect, it } from 'vitest';
import { Announcer } from '../../renderer/display/voice/announcer.ts';
import type { CallAnnouncement } from '../../shared/announcement.ts';

const call = (ticketNo: string, priority = false): CallAnnouncement => ({ ticketNo, windowNo: 1, priority, courtesyLine: priority ? '请允许我先为这位老人办理，谢谢' : null });

describe('announcer', () => {
  it('speaks calls one at a time, in the order they came, never overlapping', async () => {
    const log: string[] = [];
    let speaking = 0;
    let maxConcurrent = 0;
    const done: Array<() => void> = [];
    const announcer = new Announcer(
      (c) =>
        new Promise<void>((resolve) => {
          speaking++;
          maxConcurrent = Math.max(maxConcurrent, speaking);
          log.push(`start ${c.ticketNo}`);
          done.push(() => {
            speaking--;
            log.push(`end ${c.ticketNo}`);
            resolve();
          });
        }),
    );
    announcer.announce(call('A001'));
    announcer.announce(call('Y001', true));
    announcer.announce(call('A002'));
    expect(announcer.pending).toBe(2);
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 0));
      done.shift()!();
    }
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['start A001', 'end A001', 'start Y001', 'end Y001', 'start A002', 'end A002']);
    expect(maxConcurrent).toBe(1);
  });

  it('a muted display drops calls; a voice that fails does not stop the next call', async () => {
    const spoken: string[] = [];
    const shown: Array<string | null> = [];
    const announcer = new Announcer(
      async (c) => {
        if (c.ticketNo === 'A001') throw new Error('no audio device');
        spoken.push(c.ticketNo);
      },
      (c) => shown.push(c?.ticketNo ?? null),
    );
    announcer.setMuted(true);
    announcer.announce(call('A000'));
    announcer.setMuted(false);
    announcer.announce(call('A001'));
    announcer.announce(call('A002'));
    await new Promise((r) => setTimeout(r, 10));
    expect(spoken).toEqual(['A002']);
    expect(shown).toEqual(['A001', 'A002', null]);
  });
});

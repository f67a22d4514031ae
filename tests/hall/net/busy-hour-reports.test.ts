// The busy hour asks each display "what do you show?" up to fifty times while the last events
// arrive; each question's listener must go once answered (they piled up, one per question).
import { describe, it, expect } from 'vitest';
import { askEach, reportRouter } from '../../support/lan/busy-hour.ts';

function fakeDisplay(n: number) {
  const router = reportRouter();
  let asked = 0;
  return { router, ask: () => router.route('SHOWS', { display: n, asked: ++asked }), next: router.next };
}

describe('busy hour: asking the displays', () => {
  it('gets each answer once and leaves no listener behind, however often it asks', async () => {
    const displays = [fakeDisplay(1), fakeDisplay(2)];
    for (let round = 1; round <= 50; round++) {
      expect(await askEach(displays, 'report', 'SHOWS')).toEqual([
        { display: 1, asked: round },
        { display: 2, asked: round },
      ]);
      for (const d of displays) expect(d.router.listening('SHOWS')).toBe(0);
    }
  });

  it('keeps a standing listener (on) beside the ones that wait for the next answer', async () => {
    const d = fakeDisplay(1);
    const heard: unknown[] = [];
    d.router.on('SHOWS', (v) => heard.push(v));
    await askEach([d], 'report', 'SHOWS');
    await askEach([d], 'report', 'SHOWS');
    expect(heard).toHaveLength(2);
    expect(d.router.listening('SHOWS')).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ADMIN_CORNER_PX, ADMIN_TAP_WINDOW_MS, nextTaps, type Tap } from '../../renderer/terminal/admin-gesture.ts';

function play(taps: Tap[]): boolean[] {
  let state: number[] = [];
  return taps.map((tap) => {
    const next = nextTaps(state, tap);
    state = next.taps;
    return next.gesture;
  });
}

const corner = (at: number): Tap => ({ x: 10, y: 12, at });

describe('the admin gesture on a touch screen', () => {
  it('five taps in the top-left corner within three seconds open the admin dialog, once', () => {
    expect(play([0, 400, 800, 1200, 1600].map(corner))).toEqual([false, false, false, false, true]);
    expect(play([0, 400, 800, 1200, 1600, 2000].map(corner)).at(-1)).toBe(false);
  });

  it('slow taps, or a tap elsewhere, start the count over', () => {
    expect(play([0, 1000, 2000, 3000, ADMIN_TAP_WINDOW_MS + 1].map(corner)).at(-1)).toBe(false);
    const interrupted = [corner(0), corner(100), corner(200), { x: 600, y: 400, at: 300 }, corner(400), corner(500)];
    expect(play(interrupted)).toEqual([false, false, false, false, false, false]);
    expect(play([0, 1, 2, 3].map(corner).concat({ x: ADMIN_CORNER_PX + 1, y: 0, at: 4 })).at(-1)).toBe(false);
  });
});

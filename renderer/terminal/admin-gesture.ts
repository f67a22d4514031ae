// The admin gesture on a touch screen with no keyboard (kiosk, displays): five taps in the
// top-left corner within three seconds. Decided from the events' own timestamps, so the
// page reads no clock and a test can play the taps.
export const ADMIN_TAPS = 5;
export const ADMIN_TAP_WINDOW_MS = 3_000;
export const ADMIN_CORNER_PX = 80;

export interface Tap {
  x: number;
  y: number;
  /** The event's timeStamp (ms). */
  at: number;
}

/** The corner taps still counting after `tap`, and whether they make the gesture (then the count starts over). */
export function nextTaps(previous: readonly number[], tap: Tap): { taps: number[]; gesture: boolean } {
  if (tap.x > ADMIN_CORNER_PX || tap.y > ADMIN_CORNER_PX) return { taps: [], gesture: false };
  const taps = [...previous.filter((at) => tap.at - at < ADMIN_TAP_WINDOW_MS && at <= tap.at), tap.at];
  return taps.length >= ADMIN_TAPS ? { taps: [], gesture: true } : { taps, gesture: false };
}

// Which hall a browser screen talks to. `?hall=URL` once sent every call, the sign-in PIN
// included, to any origin it named; now it is followed only to the page's own origin or a hall
// the host lists (the meta tag it serves with the page, from `net.hallOrigins`). Anything else
// is ignored, and the screen says so.
export const HALL_ORIGINS_META = 'counterdesk-hall-origins';

export interface HallChoice {
  /** The origin calls and events go to. */
  base: string;
  /** The `?hall=` that was not followed, to show on screen; null when there was none or it was followed. */
  ignored: string | null;
}

export function chooseHall(search: string, pageOrigin: string, listed: readonly string[]): HallChoice {
  const asked = new URLSearchParams(search).get('hall');
  if (asked === null || asked === '') return { base: pageOrigin, ignored: null };
  let origin: string | null = null;
  try {
    const url = new URL(asked);
    if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
  } catch {
    origin = null;
  }
  if (origin !== null && (origin === pageOrigin || listed.includes(origin))) return { base: origin, ignored: null };
  return { base: pageOrigin, ignored: asked.slice(0, 200) };
}

/** The halls the page's host lists beside itself. */
export function listedHalls(doc: Document): string[] {
  const content = doc.querySelector(`meta[name="${HALL_ORIGINS_META}"]`)?.getAttribute('content') ?? '';
  return content.split(/\s+/).filter(Boolean);
}

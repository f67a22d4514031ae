// The API's version, derived from the contract itself: a hash of every method's name, kind,
// roles, input and output schema and every event's name, roles and payload. A screen built from
// another contract than its host's sends another version, and is told to reload rather than
// send calls the host would read differently. No one keeps this number by hand.
import { z } from 'zod';
import { events, methods } from './index.ts';

/** Header carrying the version: on every answer of the host, and on every call of a screen. */
export const API_VERSION_HEADER = 'x-counterdesk-api';

function schemaOf(schema: z.ZodType): unknown {
  try {
    return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });
  } catch {
    return String(schema.def.type);
  }
}

/** cyrb53: a fast 53-bit string hash (no crypto in shared/ or the renderer; this is no secret). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The contract as text, in a stable order. */
export function contractText(): string {
  const byName = <T>(table: Record<string, T>) => Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify({
    methods: byName(methods).map(([name, spec]) => [name, spec.kind, spec.roles, schemaOf(spec.input), schemaOf(spec.output), (spec as { maxInputBytes?: number }).maxInputBytes ?? null]),
    events: byName(events).map(([name, spec]) => [name, spec.roles, (spec as { perWindow?: readonly string[] }).perWindow ?? null, schemaOf(spec.payload)]),
  });
}

export const API_VERSION: string = hash53(contractText());

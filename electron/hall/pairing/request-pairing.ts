// A device asks to be paired. It gets a six-digit code to show and the token it will use once
// a manager confirms that code; only the token's hash is kept. Anyone may ask, so asking is
// limited per source and in total: a flood of requests must not bury the real one in the
// manager's list. Only unconfirmed requests count: pairing one device after another from the
// same address (behind a router, or the demo's own screens) is not a flood. The demo hall pairs a screen on its own computer at once, as the screen asked.
import { randomBytes, randomInt } from 'node:crypto';
import { DomainError } from '../../../shared/errors.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { Output, ParsedInput } from '../../../shared/api/index.ts';
import { WINDOW_PAIRING_ROLES } from '../../../shared/api/pairing.api.ts';
import { windowExists } from '../queue/index.ts';
import { countOpenRequests, countUnconfirmedFrom, insertDevice, insertRequest, markRequestConfirmed, openRequestByCode, tokenHash } from './pairing-store.ts';

/** Unconfirmed requests one source may make in `minutes`, and how many may wait for a manager at once. */
export const REQUEST_LIMITS = { perSource: 5, minutes: 10, open: 30 } as const;

const LOOPBACK = new Set(['127.0.0.1', '::1']);

function freshCode(env: HandlerEnv): string {
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (!openRequestByCode(env.db, code, env.now)) return code;
  }
}

export function requestPairing(env: HandlerEnv, input: ParsedInput<'pairing.request'>): Output<'pairing.request'> {
  const { db, now, config } = env;
  const source = env.caller.source ?? null;
  const since = new Date(now.getTime() - REQUEST_LIMITS.minutes * 60_000);
  if (countUnconfirmedFrom(db, source, since) >= REQUEST_LIMITS.perSource) {
    throw new DomainError('forbidden', { count: REQUEST_LIMITS.perSource, minutes: REQUEST_LIMITS.minutes }, { key: 'net:errors.pairingRequestsLimited' });
  }
  if (countOpenRequests(db, now) >= REQUEST_LIMITS.open) throw new DomainError('conflict', { count: REQUEST_LIMITS.open }, { key: 'net:errors.pairingBusy' });
  const windowNo = WINDOW_PAIRING_ROLES.includes(input.screen) ? input.windowNo : null;
  const token = randomBytes(32).toString('base64url');
  const code = freshCode(env);
  const expiresAt = new Date(now.getTime() + config.pairing.requestMinutes * 60_000);
  const requestId = insertRequest(db, { code, tokenHash: tokenHash(token), terminalId: input.terminalId, screen: input.screen, windowNo, source }, now, expiresAt);
  env.audit({ action: 'pairing.requested', subject: input.terminalId, details: { screen: input.screen, windowNo } });

  const local = source !== null && LOOPBACK.has(source);
  const placeable = windowNo === null ? !WINDOW_PAIRING_ROLES.includes(input.screen) : windowExists(db, windowNo);
  if (config.pairing.autoConfirmLocal && local && placeable) {
    const deviceId = insertDevice(db, { tokenHash: tokenHash(token), role: input.screen, terminalId: input.terminalId, windowNo, pairedBy: null, auto: true }, now);
    markRequestConfirmed(db, requestId, deviceId);
    env.audit({ action: 'pairing.autoConfirmed', subject: input.terminalId, details: { deviceId, role: input.screen, windowNo } });
    env.emit('pairing.changed', { kind: 'confirmed' });
    return { code, deviceToken: token, expiresAt: expiresAt.toISOString(), autoConfirmed: true };
  }
  env.emit('pairing.changed', { kind: 'requested' });
  return { code, deviceToken: token, expiresAt: expiresAt.toISOString(), autoConfirmed: false };
}

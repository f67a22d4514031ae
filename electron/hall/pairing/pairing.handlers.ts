// The pairing part of the contract: one line per method.
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { confirmPairing } from './confirm-pairing.ts';
import { requestPairing } from './request-pairing.ts';
import { pairingStatus } from './pairing-status.ts';
import { revokePairedDevice } from './revoke-device.ts';
import { deviceInfo, listDevices, openRequests, requestInfo } from './pairing-store.ts';

/** Revoked devices stay in the manager's list this long. */
const REVOKED_SHOWN_DAYS = 7;

export function pairingHandlers(services: HallServices): HandlersOf<'pairing'> {
  const { db, config } = services;
  return {
    'pairing.request': (input, env) => requestPairing(env, input),
    'pairing.status': (input, env) => pairingStatus(services, input.deviceToken, env.now),
    'pairing.pending': (_input, env) => ({ requests: openRequests(db, env.now).map(requestInfo) }),
    'pairing.confirm': (input, env) => confirmPairing(env, input),
    'pairing.devices': (_input, env) => ({
      devices: listDevices(db, new Date(env.now.getTime() - REVOKED_SHOWN_DAYS * 86_400_000).toISOString()).map((row) => deviceInfo(row, config.pairing.unusedDays)),
    }),
    'pairing.revoke': (input, env) => revokePairedDevice(env, input.deviceId),
  };
}

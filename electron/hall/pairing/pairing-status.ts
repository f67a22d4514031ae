// What a device waiting with its code is told: still pending, paired (as what), or that its
// request ran out or its pairing was revoked (it asks again).
import type { HallServices } from '../handlers.ts';
import type { Output } from '../../../shared/api/index.ts';
import { deviceById, deviceExpiry, requestByTokenHash, tokenHash } from './pairing-store.ts';

export function pairingStatus(services: Pick<HallServices, 'db' | 'config'>, token: string, now: Date): Output<'pairing.status'> {
  const request = requestByTokenHash(services.db, tokenHash(token));
  if (!request) return { state: 'unknown', device: null };
  if (request.device_id === null) return { state: Date.parse(request.expires_at) > now.getTime() ? 'pending' : 'expired', device: null };
  const device = deviceById(services.db, request.device_id)!;
  const binding = { role: device.role, terminalId: device.terminal_id, windowNo: device.window_no, auto: device.auto === 1 };
  if (device.revoked_at !== null) return { state: 'revoked', device: binding };
  if (deviceExpiry(device, services.config.pairing.unusedDays) <= now) return { state: 'expired', device: binding };
  return { state: 'paired', device: binding };
}

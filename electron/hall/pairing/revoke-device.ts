// A manager revokes a device: its token stops working at once, and so does every session it
// opened (auth asks `deviceAlive` when it resolves one), a cashier's at that counter PC included.
import { DomainError } from '../../../shared/errors.ts';
import type { HandlerEnv } from '../handlers.ts';
import { deviceById, revokeDevice } from './pairing-store.ts';

export function revokePairedDevice(env: HandlerEnv, deviceId: number): { revoked: boolean } {
  const device = deviceById(env.db, deviceId);
  if (!device) throw new DomainError('not_found', { deviceId }, { key: 'net:errors.deviceUnknown' });
  const revoked = revokeDevice(env.db, deviceId, env.caller.operator?.id ?? null, env.now);
  if (revoked) {
    env.audit({ action: 'pairing.revoked', subject: device.terminal_id, details: { deviceId, role: device.role, windowNo: device.window_no } });
    env.emit('pairing.changed', { kind: 'revoked' });
  }
  return { revoked };
}

// The pairing module's door. Pairing owns `pairing_requests` and `paired_devices`: a device
// asks and shows a code, a manager confirms it with a role (and a window), the device then
// carries its token. The dispatcher asks here which device a call's token belongs to; auth asks
// whether a session's device is still paired. It asks the queue whether a window exists.
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { pairingHandlers } from './pairing.handlers.ts';

export function pairingModule(services: HallServices): HallModule<'pairing'> {
  return { handlers: pairingHandlers(services) };
}

export { resolveDevice, deviceAlive, notPaired } from './device-identity.ts';
export { REQUEST_LIMITS } from './request-pairing.ts';

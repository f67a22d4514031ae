// A manager, in front of the device, types the code it shows and says what it is. The request
// becomes a paired device bound to that role, the device's terminal id and (customer display,
// counter PC) a counter window that exists.
import { DomainError } from '../../../shared/errors.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { Output, ParsedInput } from '../../../shared/api/index.ts';
import { WINDOW_PAIRING_ROLES } from '../../../shared/api/pairing.api.ts';
import { windowExists } from '../queue/index.ts';
import { deviceById, deviceInfo, insertDevice, markRequestConfirmed, openRequestByCode } from './pairing-store.ts';

export function confirmPairing(env: HandlerEnv, input: ParsedInput<'pairing.confirm'>): Output<'pairing.confirm'> {
  const { db, now, config } = env;
  const request = openRequestByCode(db, input.code, now);
  if (!request) throw new DomainError('not_found', { code: input.code }, { key: 'net:errors.pairingCodeUnknown' });
  const needsWindow = WINDOW_PAIRING_ROLES.includes(input.role);
  if (needsWindow && input.windowNo === null) throw new DomainError('invalid_input', { role: input.role }, { key: 'net:errors.pairingNeedsWindow' });
  if (!needsWindow && input.windowNo !== null) throw new DomainError('invalid_input', { role: input.role }, { key: 'net:errors.pairingNoWindow' });
  if (input.windowNo !== null && !windowExists(db, input.windowNo)) throw new DomainError('not_found', { windowNo: input.windowNo }, { key: 'errors:notFound.window' });
  const deviceId = insertDevice(
    db,
    { tokenHash: request.token_sha256, role: input.role, terminalId: request.terminal_id, windowNo: input.windowNo, pairedBy: env.caller.operator, auto: false },
    now,
  );
  markRequestConfirmed(db, request.id, deviceId);
  env.audit({ action: 'pairing.confirmed', subject: request.terminal_id, details: { deviceId, role: input.role, windowNo: input.windowNo, requestedFrom: request.source } });
  env.emit('pairing.changed', { kind: 'confirmed' });
  return deviceInfo(deviceById(db, deviceId)!, config.pairing.unusedDays);
}

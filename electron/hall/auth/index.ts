// The auth module's door: the only file other hall modules import. Auth owns operators
// (工号, PIN hashes) and sessions; it serves the contract's `session.*` methods, resolves a
// token to its caller for the dispatcher, and checks a manager's approval for other modules.
// It asks the queue whether a window exists and writes through the audit module. It also
// counts wrong PINs per operator and per source and refuses guessers for a while (lockouts.ts).
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { sessionHandlers } from './auth.handlers.ts';
import { securityHandlers } from './security.handlers.ts';

/** Auth serves two parts of the contract: sessions, and the manager's view of the guessing guard (it owns both tables). */
export function sessionModule(services: HallServices): HallModule<'session' | 'security'> {
  return { handlers: { ...sessionHandlers(services), ...securityHandlers(services) } };
}

export { resolveSession, operatorAtWindow } from './sessions.ts';
export { approveAsManager, createOperator, type Operator } from './operators.ts';
export { verifyCredential } from './verify-credential.ts';
// For the staff module: the operator list, PINs set by managers, the PIN policy.
export {
  listOperators,
  findOperator,
  operatorCount,
  operatorCodeTaken,
  activeManagerCount,
  setOperatorPin,
  setOperatorActive,
  type OperatorRecord,
} from './operators.ts';
export { readPinPolicy, writePinPolicy, assertPinAllowed } from './pin-policy.ts';

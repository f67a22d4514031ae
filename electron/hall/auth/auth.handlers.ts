// The session part of the contract: signing in an operator, opening a device's session,
// asking who one is, signing out.
import { fromNetwork, type HallServices, type Caller, type DeviceBinding } from '../handlers.ts';
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { DeviceRole } from '../../../shared/roles.ts';
import type { HandlersOf } from '../module.ts';
import type { SessionInfo } from '../../../shared/api/session.api.ts';
import { DomainError } from '../../../shared/errors.ts';
import { mustChangePin, setOperatorPin } from './operators.ts';
import { assertPinAllowed } from './pin-policy.ts';
import { createSession, endSession } from './sessions.ts';
import type { Db } from '../db/open.ts';
import { writeAudit } from '../audit/index.ts';
import { windowExists } from '../queue/index.ts';
import { takeOverWindow } from './window-binding.ts';

function info(caller: Caller): SessionInfo {
  if (caller.role === 'anonymous' || !caller.token) throw new DomainError('not_signed_in');
  return {
    token: caller.token,
    role: caller.role,
    terminalId: caller.terminalId,
    windowNo: caller.windowNo,
    operator: caller.operator,
    locale: caller.locale,
  };
}

/** The new session as the audit should know it: from where the call that opened it came. */
function withSource(session: Caller, call: Caller): Caller {
  return call.source === undefined ? session : { ...session, source: call.source };
}

function assertWindowExists(db: Db, windowNo: number | null): void {
  if (windowNo === null) return;
  if (!windowExists(db, windowNo)) throw new DomainError('not_found', { windowNo }, { key: 'errors:notFound.window' });
}

/** What each pairing may open: its own role; a counter PC opens its window's customer display (its second screen). */
const OPENS: Record<DeviceBinding['role'], readonly DeviceRole[]> = { display: ['display'], kiosk: ['kiosk'], customerDisplay: ['customerDisplay'], counter: ['customerDisplay'] };

/**
 * The device session a caller may open. A paired device gets what it was paired as (the
 * dispatcher already refused a LAN caller without one); the shell and in-process callers name it.
 */
function deviceSessionFor(caller: Caller, input: ParsedInput<'session.openDevice'>): { role: DeviceRole; terminalId: string; windowNo: number | null; deviceId: number | null } {
  const device = caller.device;
  if (device) {
    const role = input.role ?? OPENS[device.role][0]!;
    if (!OPENS[device.role].includes(role)) throw new DomainError('forbidden', { role }, { key: 'net:errors.notPairedAs' });
    return { role, terminalId: device.terminalId, windowNo: device.windowNo, deviceId: device.id };
  }
  if (fromNetwork(caller)) throw new DomainError('forbidden', {}, { key: 'net:errors.pairingRequired' });
  if (!input.role || !input.terminalId) throw new DomainError('invalid_input', {}, { issues: [{ path: input.role ? 'terminalId' : 'role', problem: 'issues.required' }] });
  return { role: input.role, terminalId: input.terminalId, windowNo: input.windowNo, deviceId: null };
}

export function sessionHandlers(services: HallServices): HandlersOf<'session'> {
  const { db } = services;
  return {
    'session.login': (input, env) => {
      assertWindowExists(db, input.windowNo);
      // 工号 + PIN were checked before the transaction (the method's `credentials`): lockout, slow hash, refusal audited;
      // so was whether this caller may take the window (before the PIN).
      const operator = env.credential;
      if (!operator) throw new Error('session.login ran without its credentials checked');
      // A PIN a manager set is temporary: the operator's own one replaces it before any session opens.
      if (mustChangePin(db, operator.id)) {
        if (!input.newPin) throw new DomainError('conflict', {}, { key: 'staff:errors.pinChangeRequired' });
        if (input.newPin === input.pin) throw new DomainError('invalid_input', {}, { key: 'staff:pin.sameAsOld' });
        assertPinAllowed(db, input.newPin);
        setOperatorPin(db, operator.id, input.newPin, false, env.now);
        env.audit({ action: 'staff.pinChanged', subject: operator.code });
      }
      // One session per window: whoever was signed in there is signed out, and told by whom.
      const endedThere = input.windowNo === null ? [] : takeOverWindow(db, input.windowNo, operator.id, env.now);
      // From a paired counter PC the terminal is the PC's, and the session lives and dies with its pairing.
      const device = env.caller.device ?? null;
      const caller = createSession(
        db,
        { role: operator.role, terminalId: device?.terminalId ?? input.terminalId, windowNo: input.windowNo, operator, locale: input.locale, deviceId: device?.id ?? null },
        env.now,
      );
      // Audited as the operator who just signed in, not as the anonymous caller.
      const audited = withSource(caller, env.caller);
      for (const ended of endedThere) {
        writeAudit(db, audited, env.now, { action: 'session.takenOver', subject: ended.operatorCode, details: { windowNo: input.windowNo, terminalId: ended.terminalId } });
      }
      writeAudit(db, audited, env.now, { action: 'session.login', subject: operator.code, details: { windowNo: input.windowNo } });
      if (input.windowNo !== null) env.emit('session.windowStaffed', { windowNo: input.windowNo, operator: { code: operator.code, name: operator.name }, tookOverFrom: endedThere.map((e) => e.operatorCode) });
      return info(caller);
    },
    'session.openDevice': (input, env) => {
      const opened = deviceSessionFor(env.caller, input);
      assertWindowExists(db, opened.windowNo);
      const caller = createSession(db, { ...opened, operator: null, locale: input.locale }, env.now);
      writeAudit(db, withSource(caller, env.caller), env.now, { action: 'session.openDevice', subject: opened.terminalId, details: { role: opened.role, windowNo: opened.windowNo, deviceId: opened.deviceId } });
      return info(caller);
    },
    'session.whoami': (_input, env) => info(env.caller),
    'session.logout': (_input, env) => {
      if (env.caller.sessionKey) endSession(db, env.caller.sessionKey, env.now);
      env.audit({ action: 'session.logout' });
      return { ok: true as const };
    },
  };
}

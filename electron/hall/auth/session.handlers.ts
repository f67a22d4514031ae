import type { Handlers, HallServices, Caller } from '../handlers.ts';
import type { SessionInfo } from '../../../shared/api/session.api.ts';
import { DomainError } from '../../../shared/errors.ts';
import { authenticateOperator, onRefusal } from './operators.ts';
import { createSession, endSession } from './sessions.ts';
import type { Db } from '../db/open.ts';
import { writeAudit } from '../audit/audit-log.ts';

type SessionHandlers = Pick<Handlers, 'session.login' | 'session.openDevice' | 'session.whoami' | 'session.logout'>;

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

function assertWindowExists(db: Db, windowNo: number | null): void {
  if (windowNo === null) return;
  const row = db.prepare('SELECT 1 FROM counter_windows WHERE window_no = ? AND active = 1').get(windowNo);
  if (!row) throw new DomainError('not_found', { what: `window ${windowNo}` });
}

export function sessionHandlers(services: HallServices): SessionHandlers {
  const { db } = services;
  return {
    'session.login': (input, env) => {
      assertWindowExists(db, input.windowNo);
      const operator = onRefusal(
        () => authenticateOperator(db, input.operatorCode, input.pin),
        () => env.auditIfRefused({ action: 'session.loginRefused', subject: input.operatorCode, details: { terminalId: input.terminalId, windowNo: input.windowNo } }),
      );
      const caller = createSession(
        db,
        { role: operator.role, terminalId: input.terminalId, windowNo: input.windowNo, operator, locale: input.locale },
        env.now,
      );
      // Audited as the operator who just signed in, not as the anonymous caller.
      writeAudit(db, caller, env.now, { action: 'session.login', subject: operator.code, details: { windowNo: input.windowNo } });
      return info(caller);
    },
    'session.openDevice': (input, env) => {
      assertWindowExists(db, input.windowNo);
      const caller = createSession(
        db,
        { role: input.role, terminalId: input.terminalId, windowNo: input.windowNo, operator: null, locale: input.locale },
        env.now,
      );
      writeAudit(db, caller, env.now, { action: 'session.openDevice', subject: input.terminalId, details: { role: input.role, windowNo: input.windowNo } });
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

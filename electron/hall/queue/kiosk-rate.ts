// A kiosk issues at most `kioskTicketsPerMinute` tickets in any rolling minute of the hall's
// clock, counted from the tickets it issued (each carries its terminal id, the name it was
// paired under). Staff issuing for a customer they see is not limited. A refused tap writes
// nothing and prints nothing; it is kept in the audit log once per kiosk per minute, so a
// script hammering the kiosk leaves a trace without flooding the log with a row per tap.
import { DomainError } from '../../../shared/errors.ts';
import type { HandlerEnv } from '../handlers.ts';
import type { QueueStore } from './queue-store.ts';

const MINUTE_MS = 60_000;

export type KioskRate = (store: QueueStore, env: HandlerEnv) => void;

/** One per hall: it remembers when each kiosk's refusal was last audited (lost on restart: at most one row more). */
export function kioskRate(): KioskRate {
  const lastAudited = new Map<string, number>();
  return (store, env) => {
    if (env.caller.role !== 'kiosk') return;
    const limit = env.config.kioskTicketsPerMinute;
    const terminal = env.caller.terminalId;
    const now = env.now.getTime();
    if (store.issuedSince(terminal, new Date(now - MINUTE_MS)) < limit) return;
    const last = lastAudited.get(terminal);
    // a clock set back (a correction, a training hall) starts the minute over
    if (last === undefined || now - last >= MINUTE_MS || now < last) {
      lastAudited.set(terminal, now);
      env.auditIfRefused({ action: 'queue.kioskRateLimited', subject: terminal, details: { limit } });
    }
    throw new DomainError('conflict', { limit }, { key: 'net:errors.kioskRateLimited' });
  };
}

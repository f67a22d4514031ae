// The single choke point of the hall. Every call, from any transport, goes:
// parse the input → resolve who is calling → check the role → check any PIN the call carries
// (async, before the transaction, counted against guessing) → run (a command inside one
// immediate transaction) → validate the output and the events → commit → publish events →
// after-commit effects. Events are checked before the commit: a payload that does not match
// the contract rolls the command back, rather than leaving a committed payment that its
// cashier is told failed. Transports only carry bytes and the session token; no domain logic lives there.
import { storageStateOf } from './db/storage-errors.ts';
import { randomUUID } from 'node:crypto';
import { methods, events, isMethodName, type EventName, type Payload, type MethodName } from '../../shared/api/index.ts';
import type { CredentialClaim } from '../../shared/api/contract.ts';
import { DomainError, type ApiErrorBody, type ApiResponse } from '../../shared/errors.ts';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/index.ts';
import { fromNetwork, type Caller, type HallServices, type Handlers, type HandlerEnv, type AuditEntry } from './handlers.ts';
import { errorMessage, issueMessage, translate } from './i18n.ts';
import { inputIssues } from './input-issues.ts';
import { resolveSession, verifyCredential } from './auth/index.ts';
import { writeAudit } from './audit/index.ts';
import { enqueuePrintJob } from './printing/index.ts';
import { resolveDevice } from './pairing/index.ts';

export interface Identity {
  /** Session token, or null for an anonymous screen. */
  token: string | null;
  /** The language the screen shows now, when the call says (else a session's own, or the default). */
  locale?: Locale;
  /** Where an anonymous call came from (for the audit of failed logins). */
  terminalHint?: string;
  /** Where the call came from, as its transport knows it: the peer's address, 'ipc:<terminal>'; absent in-process. */
  source?: string;
  /** The paired device's token, when the call carries one (header `x-counterdesk-device`). */
  device?: string | null;
}


/** Each queued event against its contract schema; throws on the first that does not match. */
function checkEvents(pending: Array<{ name: EventName; payload: unknown }>): void {
  for (const event of pending) event.payload = events[event.name].payload.parse(event.payload);
}

export class Dispatcher {
  private readonly services: HallServices;
  private readonly handlers: Handlers;

  constructor(services: HallServices, handlers: Handlers) {
    this.services = services;
    this.handlers = handlers;
  }

  /** Resolve a token to its caller; throws DomainError when the token is unknown or expired. */
  callerFor(identity: Identity): Caller {
    // A device token that is not (or no longer) paired refuses the call: the device must pair again.
    const device = identity.device ? resolveDevice(this.services, identity.device, this.services.clock.now()) : null;
    if (!identity.token) {
      return {
        role: 'anonymous',
        terminalId: device?.terminalId ?? identity.terminalHint ?? 'unknown',
        windowNo: null,
        operator: null,
        locale: identity.locale ?? DEFAULT_LOCALE,
        sessionKey: null,
        token: null,
        ...(identity.source ? { source: identity.source } : {}),
        device,
      };
    }
    const caller = resolveSession(this.services, identity.token, { network: fromNetwork(identity), deviceId: device?.id ?? null });
    // The language the screen shows now (a kiosk customer picked English) over the one the session opened in.
    return { ...caller, ...(identity.locale ? { locale: identity.locale } : {}), ...(identity.source ? { source: identity.source } : {}), device };
  }

  async call(identity: Identity, method: string, rawInput: unknown): Promise<ApiResponse> {
    let locale: Locale = identity.locale ?? DEFAULT_LOCALE;
    try {
      if (!isMethodName(method)) throw new DomainError('unknown_method', { method });
      const caller = this.callerFor(identity);
      locale = caller.locale;
      const result = await this.run(caller, method, rawInput);
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error: this.toErrorBody(error, locale, method) };
    }
  }

  /** Run a method as a known caller (in-process use: CLI, demo seeding, tests). Throws DomainError. */
  async run(caller: Caller, method: MethodName, rawInput: unknown): Promise<unknown> {
    const spec = methods[method];
    if (!spec.roles.includes(caller.role)) {
      throw caller.role === 'anonymous' ? new DomainError('not_signed_in') : new DomainError('forbidden', { role: caller.role });
    }
    if ((spec as { pairedDeviceOnLan?: boolean }).pairedDeviceOnLan && fromNetwork(caller) && !caller.device) {
      throw new DomainError('forbidden', {}, { key: 'net:errors.pairingRequired' });
    }
    const parsed = spec.input.safeParse(rawInput ?? {}, { reportInput: true });
    if (!parsed.success) throw new DomainError('invalid_input', {}, { issues: inputIssues(parsed.error) });
    const handler = this.handlers[method] as (input: unknown, env: HandlerEnv) => unknown;
    const { db, clock, config, bus } = this.services;
    // A PIN is checked before the write transaction: the hash runs off this thread and the
    // other calls go on meanwhile; the handler gets the verified operator, never the PIN's say-so.
    const claim = (spec as { credentials?(input: unknown): CredentialClaim | null }).credentials?.(parsed.data) ?? null;
    const credential = claim ? await verifyCredential(this.services, claim, caller) : null;
    const pending: Array<{ name: EventName; payload: unknown }> = [];
    const effects: Array<() => void | Promise<void>> = [];
    const refusals: AuditEntry[] = [];
    const now = clock.now();
    const env: HandlerEnv = {
      db,
      clock,
      config,
      caller,
      now,
      emit: (name, payload) => pending.push({ name, payload }),
      afterCommit: (effect) => effects.push(effect),
      print: (job) => enqueuePrintJob(db, job, now),
      audit: (entry: AuditEntry) => writeAudit(db, caller, now, entry),
      auditIfRefused: (entry: AuditEntry) => refusals.push(entry),
      credential,
    };

    let output: unknown;
    if (spec.kind === 'command') {
      try {
        output = db
          .transaction(() => {
            const result = handler(parsed.data, env);
            if (result instanceof Promise) throw new Error(`command ${method} returned a Promise; commands must be synchronous`);
            const checked = spec.output.parse(result);
            checkEvents(pending);
            return checked;
          })
          .immediate();
      } catch (error) {
        const storage = storageStateOf(error);
        if (storage) this.services.storage.failed(storage, now);
        // The command's writes are gone; what it asked to keep on record of the refusal (a wrong
        // PIN) is written now, in its own transaction (unless the storage itself refused).
        else if (refusals.length > 0) db.transaction(() => refusals.forEach((entry) => writeAudit(db, caller, now, entry))).immediate();
        throw error;
      }
      this.services.storage.wrote();
    } else {
      // queries read; jobs write in their own transaction on their own connection (see contract.ts)
      output = spec.output.parse(await handler(parsed.data, env));
      checkEvents(pending);
    }

    for (const { name, payload } of pending) bus.publish(name, payload as Payload<typeof name>, now);
    for (const effect of effects) {
      Promise.resolve()
        .then(effect)
        .catch((error: unknown) => console.error(`[dispatch] after-commit effect of ${method} failed:`, error));
    }
    return output;
  }

  /** An error as it crosses the wire: code, key and parameters as values, and the sentence in the caller's language. */
  toErrorBody(error: unknown, locale: Locale, method: string): ApiErrorBody {
    if (error instanceof DomainError) {
      const issues = error.issues?.map((issue) => ({ ...issue, message: issueMessage(locale, issue) }));
      // An invalid input is explained issue by issue; the list is words, not a parameter.
      const said = issues ? { ...error.params, detail: issues.map((i) => i.message).join(translate(locale, 'errors:issueSeparator')) } : error.params;
      return {
        code: error.code,
        ...(error.key !== error.code ? { key: error.key } : {}),
        message: errorMessage(locale, error.key, said),
        params: error.params,
        ...(issues ? { issues } : {}),
      };
    }
    const state = storageStateOf(error);
    if (state) return { code: 'unavailable', key: state, message: errorMessage(locale, state), params: {} };
    const ref = randomUUID().slice(0, 8);
    console.error(`[dispatch] ${method} failed (ref ${ref}):`, error);
    return { code: 'internal', message: errorMessage(locale, 'internal', { ref }), params: { ref } };
  }
}

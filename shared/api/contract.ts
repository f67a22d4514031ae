// The shape of every API method and event, declared once. Everything else (handler
// types, HTTP routes, the IPC channel, the renderer client, the permission table,
// docs/api.md) is derived from declarations made with these helpers.
import type { z } from 'zod';
import type { Role } from '../roles.ts';

export type MethodKind = 'query' | 'command' | 'job';

export interface MethodSpec<K extends MethodKind = MethodKind, I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly kind: K;
  readonly input: I;
  readonly output: O;
  readonly roles: readonly Role[];
  /** One line for docs/api.md and the manager's permission table. */
  readonly summary: string;
  /**
   * Over the LAN, only a paired device may call this (its token rides along with the call); the
   * shell's own windows and in-process callers are trusted. Checked with the roles, before the input.
   */
  readonly pairedDeviceOnLan?: boolean;
  /** Largest request body a transport accepts for this method (default 8 MiB): file uploads say more. */
  readonly maxInputBytes?: number;
  /**
   * The operator 工号 + PIN this call carries (a sign-in, a manager's approval), if any. The hall
   * checks them before the command's transaction (off its thread, counted against guessing) and
   * hands the handler the verified operator; a PIN field not named here is never accepted.
   */
  credentials?(input: z.output<I>): CredentialClaim | null;
}

/** A PIN carried by a call, and what it is for: signing in, or approving someone else's action. */
export interface CredentialClaim {
  readonly purpose: 'signIn' | 'approval';
  readonly code: string;
  readonly pin: string;
  /** What was being approved or where one signed in, for the audit of a refusal. */
  readonly subject: string;
  readonly details?: Record<string, string | number | null>;
  /** A sign-in's counter window (null: none): whether this caller may take it is checked before the PIN. */
  readonly windowNo?: number | null;
}

export const DEFAULT_MAX_INPUT_BYTES = 8 * 1024 * 1024;

export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
  /** Roles whose sessions receive the event over WebSocket / IPC. */
  readonly roles: readonly Role[];
  /**
   * Roles whose sessions receive the event only for their own counter window (the payload's
   * `windowNo`): one window's customer must not see another's account on their display.
   */
  readonly perWindow?: readonly Role[];
  readonly summary: string;
}

/** The session an event would be delivered to. */
export interface EventAudience {
  role: Role;
  windowNo: number | null;
}

/** Whether a published event goes to a session: its role may see it and, where the event is per window, it is that session's window. */
export function eventReaches(spec: EventSpec, payload: unknown, audience: EventAudience): boolean {
  if (!spec.roles.includes(audience.role)) return false;
  if (!spec.perWindow?.includes(audience.role)) return true;
  const windowNo = (payload as { windowNo?: unknown } | null)?.windowNo;
  return audience.windowNo !== null && windowNo === audience.windowNo;
}

/** A read: runs outside a write transaction and may be async (device status, file reads). */
export function query<I extends z.ZodType, O extends z.ZodType>(spec: Omit<MethodSpec<'query', I, O>, 'kind'>): MethodSpec<'query', I, O> {
  return { kind: 'query', ...spec };
}

/** A write: the hall runs its handler synchronously inside one database transaction, then publishes its events. */
export function command<I extends z.ZodType, O extends z.ZodType>(spec: Omit<MethodSpec<'command', I, O>, 'kind'>): MethodSpec<'command', I, O> {
  return { kind: 'command', ...spec };
}

/**
 * A long write (a large import): the hall runs it off its own thread, on its own database
 * connection, in one transaction of its own, reporting progress by events; it may be async.
 */
export function job<I extends z.ZodType, O extends z.ZodType>(spec: Omit<MethodSpec<'job', I, O>, 'kind'>): MethodSpec<'job', I, O> {
  return { kind: 'job', ...spec };
}

export function event<P extends z.ZodType>(spec: EventSpec<P>): EventSpec<P> {
  return spec;
}

export type MethodTable = Record<string, MethodSpec>;
export type EventTable = Record<string, EventSpec>;

export type InputOf<M extends MethodSpec> = z.input<M['input']>;
export type ParsedInputOf<M extends MethodSpec> = z.output<M['input']>;
export type OutputOf<M extends MethodSpec> = z.output<M['output']>;
export type PayloadOf<E extends EventSpec> = z.output<E['payload']>;

// The whole API: one line per domain. Types, routes, the client and the permission
// table all come from `methods` and `events` below.
import type { EventTable, MethodTable, InputOf, OutputOf, ParsedInputOf, PayloadOf } from './contract.ts';
import { sessionApi } from './session.api.ts';
import { systemApi } from './system.api.ts';
import { accountsApi } from './accounts.api.ts';
import { billingApi } from './billing.api.ts';
import { ledgerApi } from './ledger.api.ts';
import { printingApi } from './printing.api.ts';
import { queueApi } from './queue.api.ts';
import { staffApi } from './staff.api.ts';
import { counterApi } from './counter.api.ts';
import { shiftsApi } from './shifts.api.ts';
import { backupApi } from './backup.api.ts';
import { dayCloseApi } from './dayclose.api.ts';
import { securityApi } from './security.api.ts';
import { registersApi } from './registers.api.ts';
import { pairingApi } from './pairing.api.ts';

export const methods = {
  ...systemApi.methods,
  ...sessionApi.methods,
  ...accountsApi.methods,
  ...billingApi.methods,
  ...ledgerApi.methods,
  ...printingApi.methods,
  ...queueApi.methods,
  ...staffApi.methods,
  ...counterApi.methods,
  ...shiftsApi.methods,
  ...backupApi.methods,
  ...dayCloseApi.methods,
  ...securityApi.methods,
  ...registersApi.methods,
  ...pairingApi.methods,
} as const satisfies MethodTable;

export const events = {
  ...systemApi.events,
  ...sessionApi.events,
  ...accountsApi.events,
  ...billingApi.events,
  ...ledgerApi.events,
  ...printingApi.events,
  ...queueApi.events,
  ...staffApi.events,
  ...counterApi.events,
  ...shiftsApi.events,
  ...backupApi.events,
  ...dayCloseApi.events,
  ...securityApi.events,
  ...registersApi.events,
  ...pairingApi.events,
} as const satisfies EventTable;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type Events = typeof events;
export type EventName = keyof Events;
export type Input<M extends MethodName> = InputOf<Methods[M]>;
export type ParsedInput<M extends MethodName> = ParsedInputOf<Methods[M]>;
export type Output<M extends MethodName> = OutputOf<Methods[M]>;
export type Payload<E extends EventName> = PayloadOf<Events[E]>;
export type QueryName = { [K in MethodName]: Methods[K]['kind'] extends 'query' ? K : never }[MethodName];
export type CommandName = Exclude<MethodName, QueryName>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}
export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}


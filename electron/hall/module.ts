// The shape every hall domain module has, as the hall assembles it: the handlers of its
// part of the contract (derived from the method names, so a module can neither forget a
// method nor restate the list by hand) and, when it runs background work (a print worker,
// timers), a start that the hall calls once it is assembled and that returns the stop
// the hall calls on close.
import type { MethodName } from '../../shared/api/index.ts';
import type { Handlers } from './handlers.ts';

type DomainOf<M> = M extends `${infer D}.${string}` ? D : never;

/** The contract's domains: 'system' | 'session' | 'accounts' | … */
export type Domain = DomainOf<MethodName>;

/** The handlers of one domain's methods, exactly as the contract lists them. */
export type HandlersOf<D extends Domain> = Pick<Handlers, Extract<MethodName, `${D}.${string}`>>;

export type Stop = () => void;

export interface HallModule<D extends Domain> {
  readonly handlers: HandlersOf<D>;
  /** Begins the module's background work once the whole hall is assembled. */
  start?(): Stop;
}

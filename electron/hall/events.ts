// Events leave the hall only after their transaction committed. Listeners are the
// transports (WebSocket, IPC) and hall modules that react to others (printing).
import { events, type EventName, type Payload } from '../../shared/api/index.ts';

export interface PublishedEvent<E extends EventName = EventName> {
  name: E;
  payload: Payload<E>;
  /** Monotonic per hall process, so a reconnecting screen can tell it missed something. */
  seq: number;
  at: string;
}

export type EventListener = (event: PublishedEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();
  private seq = 0;

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish<E extends EventName>(name: E, payload: Payload<E>, at: Date): void {
    const checked = events[name].payload.parse(payload) as Payload<E>;
    const published: PublishedEvent = { name, payload: checked, seq: ++this.seq, at: at.toISOString() };
    for (const listener of this.listeners) {
      try {
        listener(published);
      } catch (error) {
        // One broken listener must not stop the others (or the caller, whose write is already committed).
        console.error(`[events] listener failed on ${name}:`, error);
      }
    }
  }

  get lastSeq(): number {
    return this.seq;
  }
}

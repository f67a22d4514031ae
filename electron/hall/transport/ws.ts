// WebSocket transport for events. A screen connects to /events and says hello with its
// session token; it then receives every event its role may see. Resync after a host
// restart is the screen's job: on reconnect it re-reads state through the API.
import { WebSocketServer, type WebSocket } from 'ws';
import type { Server } from 'node:http';
import { z } from 'zod';
import { events } from '../../../shared/api/index.ts';
import { eventReaches } from '../../../shared/api/contract.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Dispatcher } from '../dispatch.ts';
import type { EventBus, PublishedEvent } from '../events.ts';
import { HEARTBEAT_MS, startHeartbeat } from './heartbeat.ts';
import { realTimers, type Timers } from './timers.ts';

export const EVENTS_PATH = '/events';

const helloSchema = z.object({ type: z.literal('hello'), token: z.string().nullable() });

interface Subscriber {
  socket: WebSocket;
  role: Role;
  windowNo: number | null;
}

export interface EventSocketOptions {
  heartbeatMs?: number;
  /** The beats' timers (tests move them by hand). */
  timers?: Timers;
}

export function attachEventSocket(server: Server, dispatcher: Dispatcher, bus: EventBus, options: EventSocketOptions = {}): { close(): void; clientCount(): number } {
  const wss = new WebSocketServer({ server, path: EVENTS_PATH, maxPayload: 64 * 1024 });
  const subscribers = new Set<Subscriber>();
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const stopBeats = startHeartbeat(
    () => [...subscribers].map((s) => s.socket),
    () => JSON.stringify({ type: 'beat', seq: bus.lastSeq }),
    heartbeatMs,
    options.timers ?? realTimers,
  );

  wss.on('connection', (socket) => {
    let subscriber: Subscriber | null = null;
    const timer = setTimeout(() => socket.close(4001, 'hello expected'), 10_000);
    socket.on('message', (data) => {
      if (subscriber) return;
      clearTimeout(timer);
      let hello: z.infer<typeof helloSchema>;
      try {
        hello = helloSchema.parse(JSON.parse(String(data)));
      } catch {
        socket.close(4002, 'bad hello');
        return;
      }
      let role: Role;
      let windowNo: number | null;
      try {
        ({ role, windowNo } = dispatcher.callerFor({ token: hello.token }));
      } catch {
        socket.send(JSON.stringify({ type: 'rejected', code: 'session_expired' }));
        socket.close(4003, 'session expired');
        return;
      }
      subscriber = { socket, role, windowNo };
      subscribers.add(subscriber);
      socket.send(JSON.stringify({ type: 'welcome', role, seq: bus.lastSeq, heartbeatMs }));
    });
    socket.on('close', () => {
      clearTimeout(timer);
      if (subscriber) subscribers.delete(subscriber);
    });
    socket.on('error', () => socket.terminate());
  });

  const unsubscribe = bus.subscribe((event: PublishedEvent) => {
    const spec = events[event.name];
    let frame: string | null = null;
    for (const s of subscribers) {
      if (!eventReaches(spec, event.payload, s) || s.socket.readyState !== s.socket.OPEN) continue;
      frame ??= JSON.stringify({ type: 'event', ...event });
      s.socket.send(frame);
    }
  });

  return {
    close() {
      stopBeats();
      unsubscribe();
      for (const s of subscribers) s.socket.terminate();
      wss.close();
    },
    clientCount: () => subscribers.size,
  };
}

// WebSocket transport for events. A screen connects to /events and says hello with its
// session token; it then receives every event its role may see. Resync after a host
// restart is the screen's job: on reconnect it re-reads state through the API.
//
// What a socket must pass (docs/network.md): the Host and, from a browser, the Origin must name
// this host (a page elsewhere cannot listen in); a socket without an Origin is no browser and
// must sign in with a token; a socket must say hello within `net.helloMs`; sockets not signed in
// and sockets in all are capped. The session behind a socket is looked up again on every event
// and every `net.sessionCheckMs`: a socket whose session logged out, was ended or expired is
// closed before it is sent another event.
//
// The hello carries the API version the screen was built from (shared/api/version.ts). A screen
// built from another contract is told to reload, as its HTTP calls are, and hears no event it
// might read differently. A hello without the field comes from a build older than the field
// itself, so it is old too; `null` is a screen running from sources, which declares nothing
// (its HTTP calls send no version either).
import { WebSocketServer, type WebSocket } from 'ws';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { events } from '../../../shared/api/index.ts';
import { eventReaches } from '../../../shared/api/contract.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Dispatcher } from '../dispatch.ts';
import type { EventBus, PublishedEvent } from '../events.ts';
import { netConfigSchema, type NetConfig } from '../config.ts';
import { hostAllowlist, type HostAllowlist } from './host-allowlist.ts';
import { HEARTBEAT_MS, startHeartbeat } from './heartbeat.ts';
import { realTimers, type Timers } from './timers.ts';
import { sourceOf } from './connections.ts';
import { API_VERSION } from '../../../shared/api/version.ts';
import { DomainError } from '../../../shared/errors.ts';
import { DEFAULT_LOCALE } from '../../../shared/i18n/index.ts';

export const EVENTS_PATH = '/events';

/** Close codes a screen may see. */
export const SOCKET_CLOSE = { helloExpected: 4001, badHello: 4002, sessionEnded: 4003, tokenRequired: 4004, reloadRequired: 4005, full: 1013 } as const;

const helloSchema = z.object({ type: z.literal('hello'), token: z.string().nullable(), apiVersion: z.string().max(64).nullable().optional() });

interface Subscriber {
  socket: WebSocket;
  source: string;
  token: string | null;
  role: Role;
  windowNo: number | null;
}

export interface EventSocketOptions {
  /** Default: the configuration's defaults. */
  net?: NetConfig;
  /** Default: loopback names only. */
  allowlist?: HostAllowlist;
  heartbeatMs?: number;
  /** The deadlines' and beats' timers (tests move them by hand). */
  timers?: Timers;
}

export interface EventSockets {
  close(): void;
  clientCount(): number;
  /** Sockets connected but not signed in (no hello yet, or an anonymous one), in all or from one address. */
  anonymousCount(source?: string): number;
}

export function attachEventSocket(server: Server, dispatcher: Dispatcher, bus: EventBus, options: EventSocketOptions = {}): EventSockets {
  const net = options.net ?? netConfigSchema.parse({});
  const allowlist = options.allowlist ?? hostAllowlist({ listenHost: '127.0.0.1', names: [], addresses: [] });
  const timers = options.timers ?? realTimers;
  const port = () => (server.address() as AddressInfo).port;
  const wss = new WebSocketServer({
    server,
    path: EVENTS_PATH,
    maxPayload: 64 * 1024,
    verifyClient: ({ req, origin }: { req: IncomingMessage; origin: string | undefined }, done: (ok: boolean, status?: number) => void) => {
      if (!allowlist.allowsHost(req.headers.host, port())) return done(false, 421);
      if (origin !== undefined && !allowlist.allowsOrigin(origin, port())) return done(false, 403);
      done(true);
    },
  });
  const subscribers = new Set<Subscriber>();
  const sockets = new Set<WebSocket>();
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const stopBeats = startHeartbeat(
    () => [...subscribers].map((s) => s.socket),
    () => JSON.stringify({ type: 'beat', seq: bus.lastSeq }),
    heartbeatMs,
    timers,
  );
  /** Sockets that have not said hello yet, by source address. */
  const waiting = new Map<string, number>();
  const waitingFrom = (source?: string) => (source === undefined ? [...waiting.values()].reduce((a, b) => a + b, 0) : (waiting.get(source) ?? 0));
  const anonymousCount = (source?: string) =>
    waitingFrom(source) + [...subscribers].filter((s) => s.token === null && (source === undefined || s.source === source)).length;

  /** The subscriber's session as it is now; false (and the socket closed) when it has ended. */
  const stillSignedIn = (s: Subscriber): boolean => {
    if (s.token === null) return true;
    try {
      ({ role: s.role, windowNo: s.windowNo } = dispatcher.callerFor({ token: s.token }));
      return true;
    } catch {
      subscribers.delete(s);
      if (s.socket.readyState === s.socket.OPEN) s.socket.send(JSON.stringify({ type: 'rejected', code: 'session_expired' }));
      s.socket.close(SOCKET_CLOSE.sessionEnded, 'session ended');
      return false;
    }
  };

  wss.on('connection', (socket, req) => {
    const source = sourceOf(req.socket);
    if (sockets.size >= net.maxSockets || anonymousCount() >= net.maxAnonymousSockets || anonymousCount(source) >= net.maxAnonymousSocketsPerSource) {
      socket.close(SOCKET_CLOSE.full, 'too many connections');
      return;
    }
    const browser = req.headers.origin !== undefined;
    sockets.add(socket);
    waiting.set(source, waitingFrom(source) + 1);
    let greeted = false;
    let subscriber: Subscriber | null = null;
    const endWait = () => {
      if (greeted) return;
      greeted = true;
      const left = waitingFrom(source) - 1;
      if (left > 0) waiting.set(source, left);
      else waiting.delete(source);
      cancelHello();
    };
    const cancelHello = timers.after(net.helloMs, () => {
      endWait();
      socket.close(SOCKET_CLOSE.helloExpected, 'hello expected');
    });
    socket.on('message', (data) => {
      if (greeted) return;
      endWait();
      let hello: z.infer<typeof helloSchema>;
      try {
        hello = helloSchema.parse(JSON.parse(String(data)));
      } catch {
        socket.close(SOCKET_CLOSE.badHello, 'bad hello');
        return;
      }
      if (hello.apiVersion === undefined || (hello.apiVersion !== null && hello.apiVersion !== API_VERSION)) {
        const error = dispatcher.toErrorBody(new DomainError('reload_required', { version: API_VERSION }), DEFAULT_LOCALE, '');
        socket.send(JSON.stringify({ type: 'rejected', code: error.code, error }));
        socket.close(SOCKET_CLOSE.reloadRequired, 'reload required');
        return;
      }
      if (hello.token === null && !browser) {
        socket.close(SOCKET_CLOSE.tokenRequired, 'token required');
        return;
      }
      let role: Role;
      let windowNo: number | null;
      try {
        ({ role, windowNo } = dispatcher.callerFor({ token: hello.token }));
      } catch {
        socket.send(JSON.stringify({ type: 'rejected', code: 'session_expired' }));
        socket.close(SOCKET_CLOSE.sessionEnded, 'session expired');
        return;
      }
      subscriber = { socket, source, token: hello.token, role, windowNo };
      subscribers.add(subscriber);
      socket.send(JSON.stringify({ type: 'welcome', role, seq: bus.lastSeq, heartbeatMs }));
    });
    socket.on('close', () => {
      endWait();
      sockets.delete(socket);
      if (subscriber) subscribers.delete(subscriber);
    });
    socket.on('error', () => socket.terminate());
  });

  const unsubscribe = bus.subscribe((event: PublishedEvent) => {
    const spec = events[event.name];
    let frame: string | null = null;
    for (const s of [...subscribers]) {
      if (!stillSignedIn(s)) continue;
      if (!eventReaches(spec, event.payload, s) || s.socket.readyState !== s.socket.OPEN) continue;
      frame ??= JSON.stringify({ type: 'event', ...event });
      s.socket.send(frame);
    }
  });

  // A session can end without any event following it (expiry, a quiet night): look again now and then.
  let stopSweep = () => undefined as void;
  const sweep = () => {
    for (const s of [...subscribers]) stillSignedIn(s);
    stopSweep = timers.after(net.sessionCheckMs, sweep);
  };
  stopSweep = timers.after(net.sessionCheckMs, sweep);

  return {
    close() {
      stopBeats();
      stopSweep();
      unsubscribe();
      for (const s of sockets) s.terminate();
      wss.close();
    },
    clientCount: () => subscribers.size,
    anonymousCount,
  };
}

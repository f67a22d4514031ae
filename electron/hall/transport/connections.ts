// Per-connection deadlines and caps. Node's own headersTimeout/requestTimeout are checked on
// an interval and let a body that trickles a byte at a time live on; here every connection has
// exactly one deadline at a time: its request head, then its body, then (kept alive, between
// requests) its idleness. A connection over the total or per-source cap is closed at once.
import type { Server, IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { NetConfig } from '../config.ts';
import type { Timers } from './timers.ts';

export type ConnectionLimits = Pick<NetConfig, 'headersMs' | 'requestMs' | 'idleMs' | 'maxConnections' | 'maxConnectionsPerSource'>;

export function sourceOf(socket: Socket): string {
  const address = socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** What a connection is waiting for: its request head, its body, its next request (kept alive), its answer; or it became an event socket. */
export type Phase = 'head' | 'body' | 'idle' | 'answer' | 'upgraded';

interface Tracked {
  cancel: () => void;
  inFlight: number;
  phase: Phase;
}

export interface ConnectionGuard {
  /** Replaces a request's body deadline (an upload a signed-in caller may make takes longer). */
  extendBodyDeadline(req: IncomingMessage, ms: number): void;
  /** Open connections, total and from one source. */
  count(source?: string): number;
  /** Open connections by what they wait for. */
  phases(): Record<Phase, number>;
}

export function guardConnections(server: Server, limits: ConnectionLimits, timers: Timers): ConnectionGuard {
  const tracked = new WeakMap<Socket, Tracked>();
  const perSource = new Map<string, number>();
  const open = new Set<Tracked>();
  let total = 0;

  const deadline = (socket: Socket, state: Tracked, ms: number, phase: Phase) => {
    state.phase = phase;
    state.cancel();
    state.cancel = timers.after(ms, () => socket.destroy());
  };

  server.on('connection', (socket: Socket) => {
    const source = sourceOf(socket);
    const mine = perSource.get(source) ?? 0;
    if (total >= limits.maxConnections || mine >= limits.maxConnectionsPerSource) {
      socket.destroy();
      return;
    }
    total += 1;
    perSource.set(source, mine + 1);
    const state: Tracked = { cancel: () => undefined, inFlight: 0, phase: 'head' };
    tracked.set(socket, state);
    open.add(state);
    deadline(socket, state, limits.headersMs, 'head');
    socket.once('close', () => {
      state.cancel();
      open.delete(state);
      total -= 1;
      const left = (perSource.get(source) ?? 1) - 1;
      if (left === 0) perSource.delete(source);
      else perSource.set(source, left);
    });
  });

  // An upgraded connection (the event socket) leaves HTTP's deadlines; the socket's own rules take over. It still counts.
  server.on('upgrade', (req: IncomingMessage) => {
    const state = tracked.get(req.socket);
    if (!state) return;
    state.cancel();
    state.cancel = () => undefined;
    state.phase = 'upgraded';
  });

  server.on('request', (req: IncomingMessage, res) => {
    const socket = req.socket;
    const state = tracked.get(socket);
    if (!state) return;
    state.inFlight += 1;
    deadline(socket, state, limits.requestMs, 'body');
    const bodyRead = () => {
      state.cancel();
      state.cancel = () => undefined;
      state.phase = 'answer';
    };
    req.once('end', bodyRead);
    res.once('close', () => {
      req.off('end', bodyRead);
      state.inFlight -= 1;
      if (state.inFlight === 0 && !socket.destroyed) deadline(socket, state, limits.idleMs, 'idle');
    });
  });

  return {
    extendBodyDeadline(req, ms) {
      const state = tracked.get(req.socket);
      if (state && !req.readableEnded) deadline(req.socket, state, ms, 'body');
    },
    count: (source) => (source === undefined ? total : (perSource.get(source) ?? 0)),
    phases() {
      const counts: Record<Phase, number> = { head: 0, body: 0, idle: 0, answer: 0, upgraded: 0 };
      for (const state of open) counts[state.phase] += 1;
      return counts;
    },
  };
}

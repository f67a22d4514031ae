// Beats on the event sockets. A screen's browser never sees WebSocket pings and a host that
// lost its cable closes nothing, so each beat goes both ways: a JSON frame the screen can see
// (it redials after three silent beats, renderer/client/transport-http.ts), and a ping whose
// missing pong tells the host a TV was switched off, so its socket is let go rather than kept.
import type { WebSocket } from 'ws';
import type { Timers } from './timers.ts';

/** How often each socket hears from the hall. */
export const HEARTBEAT_MS = 5_000;

export function startHeartbeat(sockets: () => Iterable<WebSocket>, frame: () => string, intervalMs: number, timers: Timers): () => void {
  const answered = new WeakMap<WebSocket, boolean>();
  let cancel = timers.after(intervalMs, beat);
  function beat(): void {
    for (const socket of sockets()) {
      if (socket.readyState !== socket.OPEN) continue;
      if (answered.get(socket) === false) {
        socket.terminate(); // no pong since the last beat
        continue;
      }
      if (!answered.has(socket)) socket.on('pong', () => answered.set(socket, true));
      answered.set(socket, false);
      socket.ping();
      socket.send(frame());
    }
    cancel = timers.after(intervalMs, beat);
  }
  return () => cancel();
}

// Puts a hall on the network: HTTP for calls and screens, WebSocket for events.
import type { AddressInfo } from 'node:net';
import type { Hall } from '../hall.ts';
import { createHttpServer } from './http.ts';
import { attachEventSocket, type EventSockets } from './ws.ts';
import { hostAllowlist } from './host-allowlist.ts';
import type { ConnectionGuard } from './connections.ts';
import type { Timers } from './timers.ts';

export interface HallHost {
  url: string;
  port: number;
  connections: ConnectionGuard;
  sockets: EventSockets;
  close(): Promise<void>;
}

export interface HostOptions {
  /** The deadlines' timers (tests move them by hand). */
  timers?: Timers;
  /** This machine's addresses (default: its network interfaces'). */
  addresses?: readonly string[];
}

export async function startHost(hall: Hall, options: HostOptions = {}): Promise<HallHost> {
  const { net } = hall.config;
  const allowlist = hostAllowlist({ listenHost: hall.config.host, names: net.allowedHosts, ...(options.addresses ? { addresses: options.addresses } : {}) });
  const { server, connections } = createHttpServer(hall.dispatcher, { staticDir: hall.config.staticDir, net, allowlist, ...(options.timers ? { timers: options.timers } : {}) });
  const sockets = attachEventSocket(server, hall.dispatcher, hall.bus, { net, allowlist, ...(options.timers ? { timers: options.timers } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(hall.config.port, hall.config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = hall.config.host.includes(':') ? `[${hall.config.host}]` : hall.config.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    connections,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

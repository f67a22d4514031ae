// Puts a hall on the network: HTTP for calls and screens, WebSocket for events.
import type { AddressInfo } from 'node:net';
import type { Hall } from '../hall.ts';
import { createHttpServer } from './http.ts';
import { attachEventSocket } from './ws.ts';

export interface HallHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startHost(hall: Hall): Promise<HallHost> {
  const server = createHttpServer(hall.dispatcher, hall.config.staticDir);
  const sockets = attachEventSocket(server, hall.dispatcher, hall.bus);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(hall.config.port, hall.config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = hall.config.host.includes(':') ? `[${hall.config.host}]` : hall.config.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The floor of a call reaching a display: one WebSocket round trip on loopback between two
// processes. This child echoes every message back and prints its port.
import { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('connection', (ws) => ws.on('message', (data) => ws.send(data)));
server.on('listening', () => console.log(`READY ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

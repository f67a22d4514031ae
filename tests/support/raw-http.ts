// HTTP as a misbehaving client speaks it: raw bytes over a socket from a chosen loopback
// address (Linux routes all of 127/8 to lo, so 127.0.0.2… are distinct sources).
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number | null;
  headers: Record<string, string>;
  body: string;
}

export function openRaw(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection. */
export function untilClosed(socket: Socket): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.once('close', () => resolve(parseAnswer(Buffer.concat(chunks).toString('utf8'))));
  });
}

export function parseAnswer(text: string): RawAnswer {
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = /^HTTP\/1\.1 (\d{3})/.exec(statusLine);
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: status ? Number(status[1]) : null, headers, body: rest.join('\r\n\r\n') };
}

/** Sends `head` (and `body`), returns what came back before the server hung up. */
export async function rawExchange(port: number, head: string, body: string | Buffer = '', localAddress?: string): Promise<RawAnswer> {
  const socket = await openRaw(port, localAddress);
  const answer = untilClosed(socket);
  socket.write(head);
  if (body.length > 0) socket.write(body);
  return answer;
}

/** `POST /api/<method>` request head. */
export function postHead(method: string, port: number, headers: Record<string, string | number> = {}): string {
  const all: Record<string, string | number> = { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers };
  return `POST /api/${method} HTTP/1.1\r\n${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
}

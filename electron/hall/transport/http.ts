// HTTP transport: POST /api/<method> with a JSON body, answered with { ok, result | error }.
// Routes are not written by hand: any name in the contract is a route. This file carries
// bytes and the session token and nothing else; the dispatcher decides everything.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/index.ts';
import { DomainError } from '../../../shared/errors.ts';
import type { Dispatcher } from '../dispatch.ts';
import type { Caller } from '../handlers.ts';
import type { NetConfig } from '../config.ts';
import { isMethodName, methods } from '../../../shared/api/index.ts';
import { DEFAULT_MAX_INPUT_BYTES } from '../../../shared/api/contract.ts';
import { DEVICE_TOKEN_HEADER } from '../../../shared/api/pairing.api.ts';
import { contentSecurityPolicy } from '../../../shared/security-policy.ts';
import { API_VERSION, API_VERSION_HEADER } from '../../../shared/api/version.ts';
import type { AddressInfo } from 'node:net';
import type { HostAllowlist } from './host-allowlist.ts';
import { guardConnections, sourceOf, type ConnectionGuard } from './connections.ts';
import { realTimers, type Timers } from './timers.ts';

export const API_PREFIX = '/api/';

/** Screens served from the built renderer; each path is the same single-page app. */
export const SCREEN_PATHS = ['/counter', '/customer', '/display', '/kiosk', '/manager'] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A paired device's token, carried beside the session's (the pairing module says what it stands for). */
export function deviceToken(req: IncomingMessage): string | null {
  const header = req.headers[DEVICE_TOKEN_HEADER];
  return typeof header === 'string' && header.length > 0 ? header : null;
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

/** The peer's address as the audit and the guessing guard know it (IPv4-mapped IPv6 shown as IPv4). */
export function peerAddress(req: IncomingMessage): string {
  return sourceOf(req.socket);
}

export function requestLocale(req: IncomingMessage): Locale | undefined {
  const explicit = req.headers['x-counterdesk-locale'];
  if (typeof explicit === 'string' && isLocale(explicit)) return explicit;
  return undefined;
}

/** A path segment decoded, or null when its percent-encoding is malformed (the caller's mistake, not ours). */
export function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

type Body = { ok: true; text: string } | { ok: false; limit: number } | { ok: false; gone: true };

/**
 * The body, read only up to `limit`: a declared length over it is refused before a byte is
 * read, and a chunked body stops being read at the byte that crosses it (the connection is
 * then closed, so the rest is never taken in).
 */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return Promise.resolve({ ok: false, limit });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.pause();
        resolve({ ok: false, limit });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    req.on('data', onData);
    req.once('end', onEnd);
    // a client that hung up, or was cut off at its deadline, is no failure of ours
    req.once('error', () => resolve({ ok: false, gone: true }));
    req.once('close', () => resolve({ ok: false, gone: true }));
  });
}

export interface HttpHostOptions {
  staticDir: string | null;
  net: NetConfig;
  allowlist: HostAllowlist;
  timers?: Timers;
}

/** Every answer, screens and calls alike: no sniffing, no framing, no referrer, and the pages' CSP. */
function securityHeaders(res: ServerResponse, hostHeader: string, net: NetConfig): void {
  res.setHeader('content-security-policy', contentSecurityPolicy(`http://${hostHeader}`, net.hallOrigins));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
}

function send(res: ServerResponse, status: number, body: unknown, close = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}

/** Answers and hangs up without reading what is left of the body. */
function sendAndClose(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  res.once('finish', () => req.socket.end());
  send(res, status, body, true);
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** The other hall hosts a screen's `?hall=` may name, told to the page in a meta tag (renderer/client/hall-origin.ts). */
export const HALL_ORIGINS_META = 'counterdesk-hall-origins';

function withHallOrigins(html: Buffer, origins: readonly string[]): Buffer {
  const listed = origins.flatMap((o) => {
    try {
      return [new URL(o).origin];
    } catch {
      return [];
    }
  });
  const meta = `<meta name="${HALL_ORIGINS_META}" content="${listed.join(' ').replace(/[&"<>]/g, '')}">`;
  return Buffer.from(html.toString('utf8').replace(/<head>/i, `<head>${meta}`));
}

async function serveStatic(staticDir: string, urlPath: string, res: ServerResponse, hallOrigins: readonly string[]): Promise<boolean> {
  const isScreen = (SCREEN_PATHS as readonly string[]).some((p) => urlPath === p || urlPath.startsWith(`${p}/`)) || urlPath === '/';
  const decoded = decodePath(urlPath);
  if (decoded === null) return false;
  const relative = isScreen ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(staticDir, relative));
  if (!file.startsWith(normalize(staticDir + sep)) && file !== normalize(staticDir)) return false;
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    const read = await readFile(file);
    const body = relative === 'index.html' ? withHallOrigins(read, hallOrigins) : read;
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': relative === 'index.html' ? 'no-store' : 'public, max-age=3600',
    });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

/**
 * The order of refusals matters: the Host is checked before anything else; the caller is
 * identified from the token before a byte of the body is read; an unidentified caller (or one
 * not allowed the method) may send only `net.anonymousBodyBytes`; the body must say it is JSON.
 */
export function createHttpServer(dispatcher: Dispatcher, options: HttpHostOptions): { server: Server; connections: ConnectionGuard } {
  const { net, allowlist, staticDir } = options;
  const server = createServer((req, res) => {
    void (async () => {
      const locale = requestLocale(req) ?? DEFAULT_LOCALE;
      const port = (server.address() as AddressInfo).port;
      res.setHeader(API_VERSION_HEADER, API_VERSION);
      const refuse = (status: number, error: DomainError, method = '') =>
        sendAndClose(req, res, status, { ok: false, error: dispatcher.toErrorBody(error, locale, method) });
      if (!allowlist.allowsHost(req.headers.host, port)) {
        refuse(421, new DomainError('forbidden', {}, { key: 'errors:hostRefused' }));
        return;
      }
      securityHeaders(res, req.headers.host!, net);
      const url = new URL(req.url ?? '/', 'http://hall.local');
      if (url.pathname.startsWith(API_PREFIX)) {
        if (req.method !== 'POST') {
          res.writeHead(405, { allow: 'POST' }).end();
          return;
        }
        const sent = url.pathname.slice(API_PREFIX.length);
        const method = decodePath(sent);
        const identity = { token: bearerToken(req.headers.authorization), locale: requestLocale(req), source: peerAddress(req), device: deviceToken(req) };
        // a screen built from another contract is told to reload before its call is read at all
        const declared = req.headers[API_VERSION_HEADER];
        if (typeof declared === 'string' && declared !== API_VERSION) {
          refuse(409, new DomainError('reload_required', { version: API_VERSION }), sent);
          return;
        }
        if (method === null) {
          refuse(400, new DomainError('unknown_method', { method: sent }), sent);
          return;
        }
        // Who is calling, before the body: a stale token is answered as the dispatcher would, unread.
        let caller: Caller;
        try {
          caller = dispatcher.callerFor(identity);
        } catch (error) {
          sendAndClose(req, res, 200, { ok: false, error: dispatcher.toErrorBody(error, locale, method) });
          return;
        }
        const callerLocale = caller.role === 'anonymous' ? locale : caller.locale;
        if (!isJson(req.headers['content-type'])) {
          refuse(415, new DomainError('invalid_input', {}, { key: 'errors:notJson' }), method);
          return;
        }
        const spec = isMethodName(method) ? (methods[method] as { roles: readonly string[]; maxInputBytes?: number }) : null;
        const allowed = caller.role !== 'anonymous' && spec !== null && spec.roles.includes(caller.role);
        const limit = allowed ? (spec.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES) : net.anonymousBodyBytes;
        if (allowed && limit > DEFAULT_MAX_INPUT_BYTES) connections.extendBodyDeadline(req, net.uploadMs);
        const body = await readBody(req, limit);
        if ('gone' in body) return;
        if (!body.ok) {
          const error = new DomainError('invalid_input', { limitKb: Math.floor(body.limit / 1024) }, { key: 'errors:bodyTooLarge' });
          sendAndClose(req, res, 413, { ok: false, error: dispatcher.toErrorBody(error, callerLocale, method) });
          return;
        }
        let input: unknown;
        try {
          input = body.text.length === 0 ? {} : (JSON.parse(body.text) as unknown);
        } catch {
          send(res, 400, { ok: false, error: dispatcher.toErrorBody(new DomainError('invalid_input', {}, { key: 'errors:bodyNotJson' }), callerLocale, method) });
          return;
        }
        const response = await dispatcher.call(identity, method, input);
        send(res, 200, response);
        return;
      }
      if (req.method === 'GET' && staticDir && (await serveStatic(staticDir, url.pathname, res, net.hallOrigins))) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    })().catch((error: unknown) => {
      console.error('[http] request failed:', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const connections = guardConnections(server, net, options.timers ?? realTimers);
  // Node's own checks stay as a backstop behind the exact deadlines above.
  server.headersTimeout = Math.max(net.headersMs, 1000) * 2;
  server.requestTimeout = net.uploadMs * 2;
  server.keepAliveTimeout = Math.max(net.idleMs, 1000) * 2;
  return { server, connections };
}

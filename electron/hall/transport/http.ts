// HTTP transport: POST /api/<method> with a JSON body, answered with { ok, result | error }.
// Routes are not written by hand: any name in the contract is a route. This file carries
// bytes and the session token and nothing else; the dispatcher decides everything.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../../shared/i18n/index.ts';
import { DomainError } from '../../../shared/errors.ts';
import type { Dispatcher } from '../dispatch.ts';
import { isMethodName, methods } from '../../../shared/api/index.ts';
import { DEFAULT_MAX_INPUT_BYTES } from '../../../shared/api/contract.ts';

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

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

/** The peer's address as the audit and the guessing guard know it (IPv4-mapped IPv6 shown as IPv4). */
export function peerAddress(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
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

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new DomainError('invalid_input', { limitKb: Math.floor(limit / 1024) }, { key: 'errors:bodyTooLarge' });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function serveStatic(staticDir: string, urlPath: string, res: ServerResponse): Promise<boolean> {
  const isScreen = (SCREEN_PATHS as readonly string[]).some((p) => urlPath === p || urlPath.startsWith(`${p}/`)) || urlPath === '/';
  const decoded = decodePath(urlPath);
  if (decoded === null) return false;
  const relative = isScreen ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(staticDir, relative));
  if (!file.startsWith(normalize(staticDir + sep)) && file !== normalize(staticDir)) return false;
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    const body = await readFile(file);
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

export function createHttpServer(dispatcher: Dispatcher, staticDir: string | null): Server {
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://hall.local');
      if (url.pathname.startsWith(API_PREFIX)) {
        if (req.method !== 'POST') {
          res.writeHead(405, { allow: 'POST' }).end();
          return;
        }
        const sent = url.pathname.slice(API_PREFIX.length);
        const method = decodePath(sent);
        const identity = { token: bearerToken(req.headers.authorization), locale: requestLocale(req), source: peerAddress(req) };
        if (method === null) {
          const error = new DomainError('unknown_method', { method: sent });
          send(res, 400, { ok: false, error: dispatcher.toErrorBody(error, identity.locale ?? DEFAULT_LOCALE, sent) });
          return;
        }
        let input: unknown;
        try {
          const limit = (isMethodName(method) ? (methods[method] as { maxInputBytes?: number }).maxInputBytes : undefined) ?? DEFAULT_MAX_INPUT_BYTES;
          const text = await readBody(req, limit);
          input = text.length === 0 ? {} : (JSON.parse(text) as unknown);
        } catch (problem) {
          const error = problem instanceof DomainError ? problem : new DomainError('invalid_input', {}, { key: 'errors:bodyNotJson' });
          send(res, 400, { ok: false, error: dispatcher.toErrorBody(error, identity.locale ?? DEFAULT_LOCALE, method) });
          return;
        }
        const response = await dispatcher.call(identity, method, input);
        send(res, 200, response);
        return;
      }
      if (req.method === 'GET' && staticDir && (await serveStatic(staticDir, url.pathname, res))) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    })().catch((error: unknown) => {
      console.error('[http] request failed:', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}

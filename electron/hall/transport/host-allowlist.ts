// Which names the host answers to. A web page elsewhere can make a browser send requests to a
// loopback or LAN address by re-pointing its own DNS name at it (DNS rebinding): the browser
// then believes it is talking to the page's own origin, and only the Host header (and, for
// event sockets, the Origin) still carries the page's name. So a request is answered only when
// it names this host: localhost, a loopback or own interface address, the address the host
// listens on, or a LAN name the branch configured — and the port the host listens on.
import { networkInterfaces } from 'node:os';

export interface HostAllowlist {
  /** Whether a Host header (`name[:port]`) names this host on `port`. */
  allowsHost(header: string | undefined, port: number): boolean;
  /** Whether a browser Origin (`http://name[:port]`) is one of this host's own pages. */
  allowsOrigin(origin: string, port: number): boolean;
}

const HOST_HEADER = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

/** This machine's own addresses (a screen on the LAN may use any of them). */
export function ownAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address));
}

function bare(name: string): string {
  return name.toLowerCase().replace(/^\[|\]$/g, '');
}

export function hostAllowlist(options: { listenHost: string; names: readonly string[]; addresses?: readonly string[] }): HostAllowlist {
  const allowed = new Set(['localhost', '127.0.0.1', '::1', ...options.names, ...(options.addresses ?? ownAddresses())].map(bare));
  if (options.listenHost !== '0.0.0.0' && options.listenHost !== '::') allowed.add(bare(options.listenHost));
  const named = (hostname: string, portText: string, defaultPort: number, port: number) =>
    allowed.has(bare(hostname)) && (portText === '' ? defaultPort : Number(portText)) === port;
  return {
    allowsHost(header, port) {
      if (!header || !HOST_HEADER.test(header)) return false;
      let url: URL;
      try {
        url = new URL(`http://${header}`);
      } catch {
        return false;
      }
      return named(url.hostname, url.port, 80, port);
    },
    allowsOrigin(origin, port) {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      if (url.origin !== origin.replace(/\/$/, '')) return false;
      return named(url.hostname, url.port, url.protocol === 'https:' ? 443 : 80, port);
    },
  };
}

// The pages' content security policy: one text for the Electron shell (which sends it with the
// hall's pages) and the hall host (which sends it with every answer to a browser). Scripts and
// styles only from the hall (no inline script, no eval), calls and events only to the hall,
// nothing framed, no plugins, forms post nowhere else.

/** `extraOrigins`: other halls a screen may be pointed at with `?hall=` (the host's configuration says which). */
export function contentSecurityPolicy(hostUrl: string, extraOrigins: readonly string[] = []): string {
  const origin = new URL(hostUrl).origin;
  const sockets = [origin, ...extraOrigins].map((o) => o.replace(/^http/, 'ws'));
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React sets style attributes; no inline <style> or remote sheets beyond that.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${[...extraOrigins, ...sockets].join(' ')}`,
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "worker-src 'self'",
  ].join('; ');
}

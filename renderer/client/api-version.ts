// The contract version this screen was built from (shared/api/version.ts, computed by the
// renderer's build: hashing the whole contract in the page would cost its first screen tens
// of milliseconds). Null when running from sources (vite dev, unit tests): nothing is declared.
declare const __COUNTERDESK_API_VERSION__: string | undefined;

export const CLIENT_API_VERSION: string | null = typeof __COUNTERDESK_API_VERSION__ === 'string' ? __COUNTERDESK_API_VERSION__ : null;
export const API_VERSION_HEADER = 'x-counterdesk-api';

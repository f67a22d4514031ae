// The header a paired device's token rides in, beside the session's. Its own zod-free module:
// the browser client imports it before any schema may be built (see renderer/app/no-eval.ts).
export const DEVICE_TOKEN_HEADER = 'x-counterdesk-device';

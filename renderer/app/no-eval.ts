// The shell's content security policy has no 'unsafe-eval'. Zod compiles fast object parsers
// with `new Function` when it may, and finds out whether it may by trying — which a strict
// CSP reports as a violation on every screen. Jitless zod never tries. It must run before any
// schema is built, so main.tsx imports this first.
import { z } from 'zod';

z.config({ jitless: true });

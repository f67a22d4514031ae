import { z } from 'zod';
import { EVERYONE, ANY_SESSION, DEVICE_ROLES, ROLES, STAFF } from '../roles.ts';
import { LOCALES } from '../i18n/define.ts';
import { command, event, query } from './contract.ts';

export const terminalIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'terminal id: letters, digits, . _ -');
export const windowNoSchema = z.number().int().min(1).max(99);
export const operatorCodeSchema = z.string().regex(/^[0-9A-Za-z]{2,12}$/);
export const pinSchema = z.string().min(4).max(32);

export const sessionInfoSchema = z.object({
  token: z.string(),
  role: z.enum(ROLES),
  terminalId: terminalIdSchema,
  windowNo: windowNoSchema.nullable(),
  operator: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
  locale: z.enum(LOCALES),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const sessionApi = {
  methods: {
    'session.login': command({
      summary:
        'An operator signs in at a terminal (and optionally a counter window) with 工号 and PIN. Over the LAN a window is taken only from the counter PC paired for it, and the session is bound to that PC; a sign-in at a window signs out whoever was signed in there (audited).',
      roles: EVERYONE,
      input: z
        .object({
          operatorCode: operatorCodeSchema,
          pin: pinSchema,
          /** The operator's own new PIN, when their PIN was set by a manager (refused with pinChangeRequired without it). */
          newPin: pinSchema.optional(),
          terminalId: terminalIdSchema,
          windowNo: windowNoSchema.nullable().default(null),
          locale: z.enum(LOCALES).default('zh-CN'),
        })
        .strict(),
      output: sessionInfoSchema,
      credentials: (input) => ({ purpose: 'signIn', code: input.operatorCode, pin: input.pin, subject: input.operatorCode, details: { terminalId: input.terminalId, windowNo: input.windowNo }, windowNo: input.windowNo }),
    }),
    'session.openDevice': command({
      summary:
        'An unattended device (kiosk, hall display, customer display) opens its session. Over the LAN only a paired device, as what it was paired (role, terminal, window); the shell names its own windows.',
      roles: EVERYONE,
      pairedDeviceOnLan: true,
      input: z
        .object({
          /** A paired device may leave it out (its pairing says); a counter PC's pairing opens its window's customer display. */
          role: z.enum(DEVICE_ROLES).optional(),
          /** Named by the shell for its own windows; a paired device's comes from its pairing. */
          terminalId: terminalIdSchema.optional(),
          windowNo: windowNoSchema.nullable().default(null),
          locale: z.enum(LOCALES).default('zh-CN'),
        })
        .strict(),
      output: sessionInfoSchema,
    }),
    'session.whoami': query({
      summary: 'The caller’s own session.',
      roles: ANY_SESSION,
      input: z.object({}).strict(),
      output: sessionInfoSchema,
    }),
    'session.logout': command({
      summary: 'Ends the caller’s session.',
      roles: ANY_SESSION,
      input: z.object({}).strict(),
      output: z.object({ ok: z.literal(true) }),
    }),
  },
  events: {
    'session.windowStaffed': event({
      summary:
        'An operator signed in at a counter window (one session per window: whoever was signed in there was signed out). The window’s customer display names its new cashier; the screen left behind learns its session ended.',
      roles: ['customerDisplay', ...STAFF],
      perWindow: ['customerDisplay', 'cashier'],
      payload: z.object({
        windowNo: windowNoSchema,
        operator: z.object({ code: z.string(), name: z.string() }),
        /** 工号 of the sessions this sign-in ended at the window (none when it was free). */
        tookOverFrom: z.array(z.string()),
      }),
    }),
  },
} as const;

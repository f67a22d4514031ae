// Pairing: how a device on the branch's LAN (a hall TV, a kiosk, a customer display, a counter
// PC in a browser) earns the right to a session. The device asks and shows a short code; a
// manager, standing in front of it, confirms that code and says what the device is; the device
// then holds a long random token bound to that role, terminal and window. Tokens are listed,
// revoked, and expire when unused.
import { z } from 'zod';
import { EVERYONE, MANAGER } from '../roles.ts';
import { LOCALES } from '../i18n/define.ts';
import { command, event, query } from './contract.ts';
import { terminalIdSchema, windowNoSchema } from './session.api.ts';

/** What a paired device is: one of the unattended screens, or a counter PC (its cashier signs in at its window). */
export const PAIRING_ROLES = ['display', 'kiosk', 'customerDisplay', 'counter'] as const;
export type PairingRole = (typeof PAIRING_ROLES)[number];
/** Roles bound to one counter window. */
export const WINDOW_PAIRING_ROLES: readonly PairingRole[] = ['customerDisplay', 'counter'];

/** HTTP header that carries a paired device's token with each of its calls (browser screens, a remote shell). */
export { DEVICE_TOKEN_HEADER } from '../device-token.ts';

export const pairingCodeSchema = z.string().regex(/^[0-9]{6}$/, 'six digits');
/** The device's secret: given once to the device that asked, only its hash is kept. */
export const deviceTokenSchema = z.string().min(32).max(128);

export const PAIRING_STATES = ['pending', 'paired', 'expired', 'revoked', 'unknown'] as const;

export const pairedDeviceSchema = z.object({
  id: z.number().int(),
  role: z.enum(PAIRING_ROLES),
  terminalId: terminalIdSchema,
  windowNo: windowNoSchema.nullable(),
  pairedAt: z.string(),
  /** The manager who confirmed it; null when the demo paired its own screen. */
  pairedBy: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  /** When the token stops working unless the device is seen before. */
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  /** Paired by the demo hall itself (its own screens on this computer), not by a manager. */
  auto: z.boolean(),
});
export type PairedDeviceInfo = z.infer<typeof pairedDeviceSchema>;

export const pairingRequestSchema = z.object({
  id: z.number().int(),
  terminalId: terminalIdSchema,
  /** The screen the device shows (what it asks to be); the manager decides. */
  screen: z.enum(PAIRING_ROLES),
  windowNo: windowNoSchema.nullable(),
  /** Where the request came from (the device's LAN address). */
  source: z.string().nullable(),
  requestedAt: z.string(),
  expiresAt: z.string(),
});
export type PairingRequestInfo = z.infer<typeof pairingRequestSchema>;

export const pairingApi = {
  methods: {
    'pairing.request': command({
      summary: 'A device asks to be paired: it gets a six-digit code to show and its future token (valid once a manager confirms). Limited per source.',
      roles: EVERYONE,
      input: z
        .object({
          terminalId: terminalIdSchema,
          screen: z.enum(PAIRING_ROLES),
          windowNo: windowNoSchema.nullable().default(null),
          locale: z.enum(LOCALES).default('zh-CN'),
        })
        .strict(),
      output: z.object({
        code: pairingCodeSchema,
        deviceToken: deviceTokenSchema,
        expiresAt: z.string(),
        /** The demo hall paired its own screen at once (said so on the screen). */
        autoConfirmed: z.boolean(),
      }),
    }),
    'pairing.status': query({
      summary: 'A device asks whether its pairing was confirmed (polled while the code is shown).',
      roles: EVERYONE,
      input: z.object({ deviceToken: deviceTokenSchema }).strict(),
      output: z.object({
        state: z.enum(PAIRING_STATES),
        device: z.object({ role: z.enum(PAIRING_ROLES), terminalId: terminalIdSchema, windowNo: windowNoSchema.nullable(), auto: z.boolean() }).nullable(),
      }),
    }),
    'pairing.pending': query({
      summary: 'Devices waiting to be paired (without their codes: the manager reads the code on the device).',
      roles: MANAGER,
      input: z.object({}).strict(),
      output: z.object({ requests: z.array(pairingRequestSchema) }),
    }),
    'pairing.confirm': command({
      summary: 'A manager confirms the device showing this code and says what it is (and its window); audited.',
      roles: MANAGER,
      input: z
        .object({
          code: pairingCodeSchema,
          role: z.enum(PAIRING_ROLES),
          windowNo: windowNoSchema.nullable().default(null),
        })
        .strict(),
      output: pairedDeviceSchema,
    }),
    'pairing.devices': query({
      summary: 'Paired devices: role, window, last seen, expiry; revoked ones of the last days too.',
      roles: MANAGER,
      input: z.object({}).strict(),
      output: z.object({ devices: z.array(pairedDeviceSchema) }),
    }),
    'pairing.revoke': command({
      summary: 'A manager revokes a device’s token: its sessions end at once and it must pair again; audited.',
      roles: MANAGER,
      input: z.object({ deviceId: z.number().int().positive() }).strict(),
      output: z.object({ revoked: z.boolean() }),
    }),
  },
  events: {
    'pairing.changed': event({
      summary: 'A device asked to pair, was paired or revoked: the manager’s list reads again.',
      roles: MANAGER,
      payload: z.object({ kind: z.enum(['requested', 'confirmed', 'revoked']) }),
    }),
  },
} as const;

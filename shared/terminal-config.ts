// This PC's part in the branch: which windows it opens, on which display, and whether the
// hall runs inside it or on the branch's host. Read from terminal.json in the data folder
// and validated, because a typo here would otherwise open a counter against the wrong hall.
// No I/O here: the shell reads and writes the file; the terminal settings page edits the same shape.
import { z } from 'zod';
import { terminalIdSchema, windowNoSchema } from './api/session.api.ts';

export const TERMINAL_CONFIG_FILE = 'terminal.json';

/** 'primary', 'secondary', or the n-th display (1 = primary, then left to right). */
export const displayChoiceSchema = z.union([z.literal('primary'), z.literal('secondary'), z.number().int().min(1).max(16)]);
export type DisplayChoice = z.infer<typeof displayChoiceSchema>;

const display = displayChoiceSchema.default('primary');
/** The device's name in the hall (a kiosk's printer is configured for `kiosk:<name>`); default `<terminal>.<window key>`. */
const deviceName = terminalIdSchema.optional();
export const windowSpecSchema = z.discriminatedUnion('screen', [
  z.object({ screen: z.literal('counter'), windowNo: windowNoSchema, display }).strict(),
  z.object({ screen: z.literal('customer'), windowNo: windowNoSchema, display: displayChoiceSchema.default('secondary') }).strict(),
  z.object({ screen: z.literal('display'), display, deviceName }).strict(),
  z.object({ screen: z.literal('kiosk'), display, deviceName }).strict(),
  z.object({ screen: z.literal('manager'), display }).strict(),
]);
export type WindowSpec = z.infer<typeof windowSpecSchema>;
export type ScreenName = WindowSpec['screen'];

const hallUrlSchema = z.url({ protocol: /^https?$/ });
export const hallModeSchema = z.discriminatedUnion('mode', [
  /** This PC runs the branch's hall (a single-PC branch, or the branch's host). */
  z
    .object({
      mode: z.literal('embedded'),
      /** 127.0.0.1 keeps the hall to this PC; 0.0.0.0 serves the LAN's displays, kiosks and counters. */
      listenHost: z.string().default('127.0.0.1'),
      port: z.number().int().min(1).max(65535).default(8731),
    })
    .strict(),
  /** The hall runs on the branch's host; this PC's windows load from it. */
  z
    .object({
      mode: z.literal('remote'),
      url: hallUrlSchema,
      /** The token the host gave this device when it was paired (pairing is the host's business). */
      deviceToken: z.string().min(16).max(256),
    })
    .strict(),
]);
export type HallMode = z.infer<typeof hallModeSchema>;

export const terminalConfigSchema = z
  .object({
    version: z.literal(1),
    /** How this PC appears in the audit log and session list. */
    terminalId: terminalIdSchema,
    hall: hallModeSchema,
    windows: z.array(windowSpecSchema).min(1).max(8),
    /** Start with the operating system's session (Windows, Linux). */
    startAtLogin: z.boolean().default(true),
    /** Updates from a server in the branch or head office (electron-builder `generic` provider); off by default. */
    updates: z.object({ enabled: z.boolean().default(false), url: hallUrlSchema.nullable().default(null) }).strict().default({ enabled: false, url: null }),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.windows.forEach((w, i) => {
      const key = 'windowNo' in w ? `${w.screen}:${w.windowNo}` : w.screen === 'display' ? `display:${i}` : w.screen;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['windows', i], message: `duplicate window ${key}`, params: { rule: 'duplicateWindow', window: key } });
      seen.add(key);
    });
    if (config.updates.enabled && !config.updates.url) ctx.addIssue({ code: 'custom', path: ['updates', 'url'], message: 'updates.enabled needs updates.url', params: { rule: 'updatesNeedUrl' } });
  });
export type TerminalConfig = z.infer<typeof terminalConfigSchema>;
export type TerminalConfigInput = z.input<typeof terminalConfigSchema>;

/** A whole branch on one PC: the hall inside, counter 1, its customer display, the hall display and the kiosk when displays allow. */
export function defaultTerminalConfig(terminalId = 'terminal-1'): TerminalConfig {
  return terminalConfigSchema.parse({
    version: 1,
    terminalId,
    hall: { mode: 'embedded' },
    windows: [{ screen: 'counter', windowNo: 1 }, { screen: 'customer', windowNo: 1 }],
  });
}

/** A single manager window on an embedded hall: what a PC opens while its terminal file needs fixing or on first run. */
export function setupTerminalConfig(terminalId = 'terminal-1'): TerminalConfig {
  return terminalConfigSchema.parse({ version: 1, terminalId, hall: { mode: 'embedded' }, windows: [{ screen: 'manager' }] });
}

export type TerminalConfigProblem =
  | { code: 'missing' }
  | { code: 'not_json'; detail: string }
  | { code: 'invalid'; issues: Array<{ path: string; message: string }> };

export type LoadedTerminalConfig =
  | { ok: true; config: TerminalConfig }
  /** The file is missing or unusable: `config` is the safe default, `problem` says why (shown on the admin screen and in the log). */
  | { ok: false; config: TerminalConfig; problem: TerminalConfigProblem };

/**
 * Reads the terminal file's text (null when there is none). A broken file never starts
 * counters against a guessed hall: the safe default opens only the manager window on this
 * PC's own hall, where the terminal screen shows what is wrong.
 */
export function parseTerminalConfig(text: string | null, fallbackTerminalId?: string): LoadedTerminalConfig {
  const safe = setupTerminalConfig(fallbackTerminalId);
  if (text === null) return { ok: false, config: safe, problem: { code: 'missing' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, config: safe, problem: { code: 'not_json', detail: (error as Error).message } };
  }
  const parsed = terminalConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));
    return { ok: false, config: safe, problem: { code: 'invalid', issues } };
  }
  return { ok: true, config: parsed.data };
}

/** The file as the admin screen writes it: stable key order, two-space indent, trailing newline. */
export function serializeTerminalConfig(config: TerminalConfig): string {
  return `${JSON.stringify(terminalConfigSchema.parse(config), null, 2)}\n`;
}

/** Old environment variables (COUNTERDESK_TERMINAL / COUNTERDESK_WINDOW) as a terminal file, for `npm start` and existing setups. */
export function configFromEnvironment(env: Record<string, string | undefined>, terminalId = 'terminal-1'): TerminalConfig | null {
  const kind = env.COUNTERDESK_TERMINAL;
  if (!kind) return null;
  const windowNo = Number(env.COUNTERDESK_WINDOW ?? 1);
  const windows: TerminalConfigInput['windows'] =
    kind === 'counter'
      ? [{ screen: 'counter', windowNo }, { screen: 'customer', windowNo }]
      : kind === 'kiosk' || kind === 'display' || kind === 'manager'
        ? [{ screen: kind }]
        : [];
  const parsed = terminalConfigSchema.safeParse({ version: 1, terminalId, hall: { mode: 'embedded' }, windows });
  return parsed.success ? parsed.data : null;
}

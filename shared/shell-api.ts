// Calls a page makes to the Electron shell itself, not to the hall: this terminal's file,
// readable and writable only from a window where a manager's PIN was accepted for
// 'configure' (staff.approveTerminalAdmin). They travel on the same IPC channel as hall
// calls; main answers them and never forwards them to the hall.
import { z } from 'zod';
import { fieldIssueSchema } from './errors.ts';
import { terminalConfigSchema } from './terminal-config.ts';

export const SHELL_METHOD_PREFIX = 'shell.';

/** What is wrong with the terminal file on disk, in the reader's language. */
export const terminalProblemSchema = z.object({
  code: z.enum(['missing', 'not_json', 'invalid', 'unreadable']),
  message: z.string(),
  issues: z.array(fieldIssueSchema),
});
export type TerminalProblem = z.infer<typeof terminalProblemSchema>;

export const displayInfoSchema = z.object({ n: z.number().int(), primary: z.boolean(), width: z.number(), height: z.number() });
export type DisplayInfo = z.infer<typeof displayInfoSchema>;

export const shellMethods = {
  /** Any window: whether the terminal runs on its safe default because of its file, and whether this window may configure. */
  'shell.terminalStatus': { input: z.object({}).strict(), output: z.object({ problem: terminalProblemSchema.nullable(), configurable: z.boolean() }) },
  /** The file as it is (or the configuration running, when the file is unusable), the problem, and the displays to choose from. */
  'shell.readTerminalConfig': {
    input: z.object({}).strict(),
    output: z.object({ config: terminalConfigSchema, problem: terminalProblemSchema.nullable(), displays: z.array(displayInfoSchema), path: z.string() }),
  },
  /** Validated with the terminal file's schema and written atomically; applies at the next start. */
  'shell.writeTerminalConfig': { input: z.object({ config: z.unknown() }).strict(), output: z.object({ config: terminalConfigSchema }) },
  /** Starts the shell again (with the file just saved). */
  'shell.restart': { input: z.object({}).strict(), output: z.object({ ok: z.literal(true) }) },
} as const;

export type ShellMethod = keyof typeof shellMethods;
export type ShellInput<M extends ShellMethod> = z.input<(typeof shellMethods)[M]['input']>;
export type ShellOutput<M extends ShellMethod> = z.infer<(typeof shellMethods)[M]['output']>;

export function isShellMethod(method: string): method is ShellMethod {
  return Object.hasOwn(shellMethods, method);
}

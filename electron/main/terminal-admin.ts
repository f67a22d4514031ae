// What a manager's PIN unlocks at a locked-down terminal. The page only collects the PIN: the
// hall checks it (staff.approveTerminalAdmin, audited there) for the window that asked, and
// only then does the shell act — leaving the app, or letting that one window read and write
// this PC's terminal file for a while. The file is validated with the same schema the shell
// starts from, and written atomically.
import type { z } from 'zod';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/index.ts';
import type { ApiErrorCode, ApiResponse, FieldIssue } from '../../shared/errors.ts';
import { isShellMethod, shellMethods, type DisplayInfo, type ShellOutput, type TerminalProblem } from '../../shared/shell-api.ts';
import { serializeTerminalConfig, terminalConfigSchema, type TerminalConfig } from '../../shared/terminal-config.ts';
import { errorMessage, issueMessage } from '../hall/i18n.ts';
import { inputIssues } from '../hall/input-issues.ts';
import type { WindowSession } from './window-sessions.ts';
import type { TerminalFile } from './terminal-file.ts';

export type AdminAction = 'exit' | 'configure';

/** How long a window may edit the terminal file after a manager's PIN (then the PIN is asked again). */
export const CONFIGURE_GRANT_MS = 10 * 60_000;

export interface TerminalAdminDeps {
  /** Leave the shell for good (windows close, the hall closes). */
  exit(): void;
  /** Start the shell again (the saved file applies). */
  restart(): void;
  now(): number;
  file: TerminalFile;
  /** The configuration the shell runs on (the safe default when the file is unusable). */
  running: TerminalConfig;
  displays(): DisplayInfo[];
  log(level: 'info' | 'warn' | 'error', message: string): void;
}

export interface TerminalAdmin {
  /** The hall accepted a manager's PIN from this window for `action`. */
  approved(window: WindowSession, action: AdminAction, managerCode: string): void;
  /** A `shell.*` call from a window. */
  handle(window: WindowSession, method: string, input: unknown, locale: Locale): Promise<ApiResponse>;
  /** The window is gone: its grant goes with it. */
  forget(window: WindowSession): void;
}

function refusal(code: ApiErrorCode, locale: Locale, key: string, params: Record<string, string | number> = {}, issues?: FieldIssue[]): ApiResponse {
  return { ok: false, error: { code, key, message: errorMessage(locale, key, params), params, ...(issues ? { issues } : {}) } };
}

/** Zod's findings on a terminal file, as sentences: the file's own rules (a window twice, updates without an address) by name. */
export function configIssues(error: z.ZodError, locale: Locale): FieldIssue[] {
  const generic = inputIssues(error);
  return error.issues.map((issue, i) => {
    const rule = issue.code === 'custom' ? (issue.params as { rule?: string; window?: string } | undefined) : undefined;
    if (rule?.rule === 'duplicateWindow' || rule?.rule === 'updatesNeedUrl') {
      const params: Record<string, string> = rule.window ? { window: rule.window } : {};
      return { path: generic[i]!.path, problem: `shell:config.${rule.rule}`, params, message: errorMessage(locale, `shell:config.${rule.rule}`, params) };
    }
    return { ...generic[i]!, message: issueMessage(locale, generic[i]!) };
  });
}

/** The terminal file read now: its configuration when usable, or what is wrong with it. */
export function inspectTerminalFile(file: TerminalFile, locale: Locale): { config: TerminalConfig | null; problem: TerminalProblem | null } {
  let text: string | null;
  try {
    text = file.read();
  } catch (error) {
    const detail = String((error as Error).message);
    return { config: null, problem: { code: 'unreadable', message: errorMessage(locale, 'shell:config.unreadable', { detail }), issues: [] } };
  }
  if (text === null) return { config: null, problem: { code: 'missing', message: errorMessage(locale, 'shell:config.missing'), issues: [] } };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = (error as Error).message;
    return { config: null, problem: { code: 'not_json', message: errorMessage(locale, 'shell:config.not_json', { detail }), issues: [] } };
  }
  const parsed = terminalConfigSchema.safeParse(raw);
  if (!parsed.success) return { config: null, problem: { code: 'invalid', message: errorMessage(locale, 'shell:config.invalid'), issues: configIssues(parsed.error, locale) } };
  return { config: parsed.data, problem: null };
}

export function createTerminalAdmin(deps: TerminalAdminDeps): TerminalAdmin {
  const grants = new Map<number, number>();
  const mayConfigure = (window: WindowSession) => (grants.get(window.contents.id) ?? -Infinity) > deps.now();
  const ok = <T>(result: T): ApiResponse => ({ ok: true, result });

  return {
    approved(window, action, managerCode) {
      deps.log('info', `window ${window.plan.key}: manager ${managerCode} approved ${action}`);
      if (action === 'exit') deps.exit();
      else grants.set(window.contents.id, deps.now() + CONFIGURE_GRANT_MS);
    },
    forget(window) {
      grants.delete(window.contents.id);
    },
    async handle(window, method, input, locale = DEFAULT_LOCALE) {
      if (!isShellMethod(method)) return refusal('unknown_method', locale, 'unknown_method', { method });
      const parsed = shellMethods[method].input.safeParse(input ?? {});
      if (!parsed.success) return refusal('invalid_input', locale, 'invalid_input', {}, configIssues(parsed.error, locale));
      if (method === 'shell.terminalStatus') {
        const { problem } = inspectTerminalFile(deps.file, locale);
        return ok<ShellOutput<'shell.terminalStatus'>>({ problem, configurable: mayConfigure(window) });
      }
      if (!mayConfigure(window)) return refusal('forbidden', locale, 'shell:adminRequired');
      switch (method) {
        case 'shell.readTerminalConfig': {
          const { config, problem } = inspectTerminalFile(deps.file, locale);
          return ok<ShellOutput<'shell.readTerminalConfig'>>({ config: config ?? deps.running, problem, displays: deps.displays(), path: deps.file.path });
        }
        case 'shell.writeTerminalConfig': {
          const checked = terminalConfigSchema.safeParse((input as { config: unknown }).config);
          if (!checked.success) return refusal('invalid_input', locale, 'invalid_input', {}, configIssues(checked.error, locale));
          try {
            deps.file.write(serializeTerminalConfig(checked.data));
          } catch (error) {
            const detail = String((error as Error).message);
            deps.log('error', `terminal file: cannot write ${deps.file.path}: ${detail}`);
            return refusal('unavailable', locale, 'shell:config.writeFailed', { detail });
          }
          deps.log('info', `window ${window.plan.key}: terminal file saved (${checked.data.windows.map((w) => w.screen).join(', ')}; hall ${checked.data.hall.mode})`);
          return ok<ShellOutput<'shell.writeTerminalConfig'>>({ config: checked.data });
        }
        case 'shell.restart':
          deps.log('info', `window ${window.plan.key}: restart asked`);
          deps.restart();
          return ok<ShellOutput<'shell.restart'>>({ ok: true });
      }
    },
  };
}

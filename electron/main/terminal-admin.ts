// What a manager's PIN unlocks at a locked-down terminal. The page only collects the PIN: the
// hall checks it (staff.approveTerminalAdmin, audited there) for the window that asked, and
// only then does the shell act on it — leaving the app.
import type { WindowSession } from './window-sessions.ts';

export type AdminAction = 'exit' | 'configure';

export interface TerminalAdminDeps {
  /** Leave the shell for good (windows close, the hall closes). */
  exit(): void;
  log(level: 'info' | 'warn' | 'error', message: string): void;
}

export interface TerminalAdmin {
  /** The hall accepted a manager's PIN from this window for `action`. */
  approved(window: WindowSession, action: AdminAction, managerCode: string): void;
}

export function createTerminalAdmin(deps: TerminalAdminDeps): TerminalAdmin {
  return {
    approved(window, action, managerCode) {
      deps.log('info', `window ${window.plan.key}: manager ${managerCode} approved ${action}`);
      if (action === 'exit') deps.exit();
    },
  };
}

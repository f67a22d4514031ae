// The main process owns which session each window has. A window's role and counter number
// come from the window plan; an unattended window's device session is opened here, by the
// shell, for that window; a cashier's sign-in through IPC is kept here for that window. The
// page never hands main a token: whatever it claims, its calls and its events are its window's.
import { DEFAULT_LOCALE } from '../../shared/i18n/index.ts';
import type { BridgeEvent } from '../../shared/bridge.ts';
import type { HallPort } from './hall-port.ts';
import { SCREEN_ROLES, type PlannedWindow } from './window-plan.ts';

/** The part of a WebContents the session registry needs (Electron's WebContents satisfies it). */
export interface EventTarget {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface WindowSession {
  readonly contents: EventTarget;
  readonly plan: PlannedWindow;
  /** This window's terminal id in the hall's audit log: `<terminal>.<window key>`. */
  readonly terminalId: string;
  deviceToken: string | null;
  staffToken: string | null;
}

export class WindowSessions {
  private readonly byContents = new Map<number, WindowSession & { unsubscribe: () => void }>();
  private readonly hall: HallPort;
  private readonly terminalId: string;
  private readonly eventChannel: string;

  constructor(hall: HallPort, terminalId: string, eventChannel: string) {
    this.hall = hall;
    this.terminalId = terminalId;
    this.eventChannel = eventChannel;
  }

  /** Registers a window the shell created; an unattended one gets its device session now. */
  async attach(contents: EventTarget, plan: PlannedWindow): Promise<WindowSession> {
    const record = { contents, plan, terminalId: plan.deviceName ?? `${this.terminalId}.${plan.key}`.slice(0, 64), deviceToken: null, staffToken: null, unsubscribe: () => undefined };
    this.byContents.set(contents.id, record);
    await this.ensureDeviceSession(record);
    return record;
  }

  get(contents: { id: number }): WindowSession | null {
    return this.byContents.get(contents.id) ?? null;
  }

  all(): WindowSession[] {
    return [...this.byContents.values()];
  }

  /** The token the window's calls carry: its signed-in operator's, or its device's. */
  tokenOf(session: WindowSession): string | null {
    return SCREEN_ROLES[session.plan.screen] === 'staff' ? session.staffToken : session.deviceToken;
  }

  /** Opens the device session of an unattended window if it has none yet (the hall may have been unreachable). */
  async ensureDeviceSession(session: WindowSession): Promise<string | null> {
    const role = SCREEN_ROLES[session.plan.screen];
    if (role === 'staff' || session.deviceToken) return session.deviceToken;
    const opened = await this.hall.call({ token: null, terminalHint: session.terminalId }, 'session.openDevice', {
      role,
      terminalId: session.terminalId,
      windowNo: session.plan.windowNo,
      locale: DEFAULT_LOCALE,
    });
    if (!opened.ok) return null;
    session.deviceToken = (opened.result as { token: string }).token;
    this.resubscribe(session);
    return session.deviceToken;
  }

  /** A staff window signed in (token) or out (null): its events follow its session. */
  setStaffToken(session: WindowSession, token: string | null): void {
    session.staffToken = token;
    this.resubscribe(session);
  }

  detach(contents: { id: number }): void {
    this.byContents.get(contents.id)?.unsubscribe();
    this.byContents.delete(contents.id);
  }

  close(): void {
    for (const record of this.byContents.values()) record.unsubscribe();
    this.byContents.clear();
  }

  private resubscribe(session: WindowSession): void {
    const record = this.byContents.get(session.contents.id);
    if (!record) return;
    record.unsubscribe();
    record.unsubscribe = this.hall.subscribe(this.tokenOf(record), (event: BridgeEvent) => {
      if (!record.contents.isDestroyed()) record.contents.send(this.eventChannel, event);
    });
  }
}

// A counter window belongs to the counter PC at it. Over the LAN a sign-in at window N comes
// only from the device a manager paired as "counter PC for window N" (a back-office laptop can
// no longer issue W01 receipts or kick window 1's drawer); the session it opens is bound to that
// device. The shell's own windows (IPC) and in-process callers are trusted: the shell's window
// plan names the window. Signing in without a window (the manager screen) is allowed anywhere.
// One operator session per window: a sign-in there ends the one before it, and says so.
import { DomainError } from '../../../shared/errors.ts';
import { fromNetwork, type Caller } from '../handlers.ts';
import type { Db } from '../db/open.ts';
import { markWindowTakenOver, openSessionsAtWindow } from './auth-store.ts';

/** Refuses a sign-in at a window this caller does not sit at. Cheap: checked before the PIN's slow hash. */
export function assertMayTakeWindow(caller: Pick<Caller, 'source' | 'device'>, windowNo: number | null): void {
  if (windowNo === null || !fromNetwork(caller)) return;
  const device = caller.device;
  if (!device || device.role !== 'counter' || device.windowNo === null) throw new DomainError('forbidden', { windowNo }, { key: 'net:errors.windowNeedsPairing' });
  if (device.windowNo !== windowNo) throw new DomainError('forbidden', { windowNo, deviceWindow: device.windowNo }, { key: 'net:errors.windowNotYours' });
}

export interface EndedAtWindow {
  operatorCode: string;
  terminalId: string;
}

/**
 * Ends every open operator session at the window (there is at most one; an expired one is
 * ended too, so the database's one-per-window rule holds), as taken over by `operatorId`.
 * Returns whom it ended, for the audit.
 */
export function takeOverWindow(db: Db, windowNo: number, operatorId: number, now: Date): EndedAtWindow[] {
  const ended = openSessionsAtWindow(db, windowNo);
  if (ended.length > 0) markWindowTakenOver(db, windowNo, operatorId, now);
  return ended;
}

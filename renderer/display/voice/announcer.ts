// What the hall hears, decided without a sound card or a clock of its own: time and the voice
// are passed in, so every rule is unit-tested with a fake clock and a fake voice.
//
// A call must be heard within seconds, never minutes. The rules that keep it so:
// - one announcement at a time, in the order the calls came;
// - a newer call to the same window replaces a waiting one (the window moved on), and stops the
//   one being spoken if it is for that window's previous ticket;
// - a recall of a ticket that is waiting or being spoken is the same announcement (coalesced);
// - the board is the truth: a call whose window paused, whose ticket is no longer that window's
//   current one, or whose customer arrived (service started) is dropped, or stopped mid-way;
// - only the call itself is essential: while others wait, the chime and the courtesy line are
//   left out;
// - a new call that could not start within `maxLagMs` behind the waiting ones goes ahead of
//   them (under overload the newest call is heard first), and a waiting call older than
//   `maxAgeMs` is dropped: it stays on the screen, and a voice minutes late helps nobody.
// Muting stops the voice only; the screen shows calls from the board either way.
import { announcementParts, type AnnouncementPart, type CallAnnouncement } from '../../../shared/announcement.ts';

export interface Voice {
  /** Says one part of an announcement; resolves when done or when `signal` aborts. */
  say(call: CallAnnouncement, part: AnnouncementPart, signal: AbortSignal): Promise<void>;
  /** How long a part takes to say, in ms (an estimate, for keeping within the lag budget). */
  estimateMs(call: CallAnnouncement, part: AnnouncementPart): number;
}

/** The window states the announcer checks its calls against (a subset of the board). */
export interface WindowNow {
  windowNo: number;
  status: 'open' | 'paused';
  current: { ticketNo: string; status: 'called' | 'serving' } | null;
}

export type DropReason = 'superseded' | 'coalesced' | 'stale' | 'late' | 'muted';

export type AnnouncerLogEntry =
  | { kind: 'started'; ticketNo: string; windowNo: number; receivedAt: number; at: number }
  | { kind: 'dropped'; ticketNo: string; windowNo: number; receivedAt: number; at: number; reason: DropReason }
  | { kind: 'stopped'; ticketNo: string; windowNo: number; receivedAt: number; at: number; reason: DropReason };

export interface AnnouncerOptions {
  now: () => number;
  maxLagMs?: number;
  maxAgeMs?: number;
  /** every decision, for the display's test hook and for diagnosing a hall's complaints */
  onLog?: (entry: AnnouncerLogEntry) => void;
  /** the call being spoken (null when silent) */
  onSpeaking?: (call: CallAnnouncement | null) => void;
}

interface Heard extends CallAnnouncement {
  receivedAt: number;
}

interface Speaking {
  call: Heard;
  abort: AbortController;
  part: AnnouncementPart;
  partStartedAt: number;
}

export const DEFAULT_MAX_LAG_MS = 5_000;
export const DEFAULT_MAX_AGE_MS = 12_000;

const sameCall = (a: CallAnnouncement, b: CallAnnouncement) => a.ticketNo === b.ticketNo && a.windowNo === b.windowNo;

export class Announcer {
  private readonly voice: Voice;
  private readonly now: () => number;
  private readonly maxLagMs: number;
  private readonly maxAgeMs: number;
  private readonly onLog: (entry: AnnouncerLogEntry) => void;
  private readonly onSpeaking: (call: CallAnnouncement | null) => void;
  private pending: Heard[] = [];
  private speaking: Speaking | null = null;
  private muted = false;

  constructor(voice: Voice, options: AnnouncerOptions) {
    this.voice = voice;
    this.now = options.now;
    this.maxLagMs = options.maxLagMs ?? DEFAULT_MAX_LAG_MS;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    this.onLog = options.onLog ?? (() => undefined);
    this.onSpeaking = options.onSpeaking ?? (() => undefined);
  }

  /** Tickets waiting to be announced, oldest first. */
  get waiting(): string[] {
    return this.pending.map((c) => c.ticketNo);
  }

  get current(): CallAnnouncement | null {
    return this.speaking?.call ?? null;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    if (!muted) return;
    for (const call of this.pending) this.log('dropped', call, 'muted');
    this.pending = [];
    this.stop('muted');
  }

  called(call: CallAnnouncement): void {
    const heard: Heard = { ...call, receivedAt: this.now() };
    if (this.muted) return this.log('dropped', heard, 'muted');
    if (this.speaking && sameCall(this.speaking.call, heard)) return this.log('dropped', heard, 'coalesced');
    // A recall keeps the place of the call it repeats; a new call to the window goes to the back.
    let place = -1;
    this.pending = this.pending.filter((p, i) => {
      if (p.windowNo !== heard.windowNo && p.ticketNo !== heard.ticketNo) return true;
      if (sameCall(p, heard)) place = i;
      this.log('dropped', p, sameCall(p, heard) ? 'coalesced' : 'superseded');
      return false;
    });
    if (place >= 0) this.pending.splice(Math.min(place, this.pending.length), 0, heard);
    else this.pending.push(heard);
    if (this.speaking && (this.speaking.call.windowNo === heard.windowNo || this.speaking.call.ticketNo === heard.ticketNo)) this.stop('superseded');
    this.keepWithinBudget(heard);
    void this.pump();
  }

  /** The latest board: calls that no longer describe the hall are dropped or stopped. */
  boardChanged(windows: readonly WindowNow[]): void {
    const stillValid = (call: CallAnnouncement) => {
      const w = windows.find((x) => x.windowNo === call.windowNo);
      return !!w && w.status === 'open' && w.current?.ticketNo === call.ticketNo && w.current.status === 'called';
    };
    this.pending = this.pending.filter((p) => stillValid(p) || (this.log('dropped', p, 'stale'), false));
    if (this.speaking && !stillValid(this.speaking.call)) this.stop('stale');
  }

  /** ms until `call` would start if everything ahead of it were said, the essential part only. */
  private expectedStart(call: Heard): number {
    const now = this.now();
    let at = now;
    if (this.speaking && !this.speaking.abort.signal.aborted) {
      const s = this.speaking;
      const partEnds = s.partStartedAt + this.voice.estimateMs(s.call, s.part);
      at = Math.max(now, partEnds) + (s.part === 'chime' ? this.voice.estimateMs(s.call, 'call') : 0);
    }
    for (const p of this.pending) {
      if (p === call) break;
      at += this.voice.estimateMs(p, 'call');
    }
    return at;
  }

  private keepWithinBudget(call: Heard): void {
    const at = this.pending.indexOf(call);
    if (at <= 0 || this.expectedStart(call) <= call.receivedAt + this.maxLagMs) return;
    this.pending.splice(at, 1);
    this.pending.unshift(call);
  }

  private stop(reason: DropReason): void {
    if (!this.speaking || this.speaking.abort.signal.aborted) return;
    this.log('stopped', this.speaking.call, reason);
    this.speaking.abort.abort();
  }

  private async pump(): Promise<void> {
    if (this.speaking || this.muted) return;
    const now = this.now();
    // Calls that waited too long (an overloaded hall, a slow voice) go unspoken.
    while (this.pending[0] && now - this.pending[0].receivedAt > this.maxAgeMs) this.log('dropped', this.pending.shift()!, 'late');
    const call = this.pending.shift();
    if (!call) return;
    const speaking: Speaking = { call, abort: new AbortController(), part: 'call', partStartedAt: now };
    this.speaking = speaking;
    this.onLog({ kind: 'started', ticketNo: call.ticketNo, windowNo: call.windowNo, receivedAt: call.receivedAt, at: now });
    this.onSpeaking(call);
    try {
      for (const part of announcementParts(call)) {
        if (speaking.abort.signal.aborted) break;
        if (part !== 'call' && this.pending.length > 0) continue;
        speaking.part = part;
        speaking.partStartedAt = this.now();
        try {
          await this.voice.say(call, part, speaking.abort.signal);
        } catch {
          // a voice that fails must not stop the next call from being announced
        }
      }
    } finally {
      this.speaking = null;
      this.onSpeaking(null);
    }
    await this.pump();
  }

  private log(kind: 'dropped' | 'stopped', call: Heard, reason: DropReason): void {
    this.onLog({ kind, ticketNo: call.ticketNo, windowNo: call.windowNo, receivedAt: call.receivedAt, at: this.now(), reason });
  }
}

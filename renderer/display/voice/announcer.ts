// Announcements one after another, never overlapping: a call that arrives while another is
// being spoken waits its turn; a muted display drops them. The way a call is spoken (Web
// Speech or recorded clips) is passed in, so the ordering is tested without a sound card.
import type { CallAnnouncement } from '../../../shared/announcement.ts';

export type Speak = (call: CallAnnouncement) => Promise<void>;

export class Announcer {
  private readonly queue: CallAnnouncement[] = [];
  private speaking = false;
  private muted = false;
  private readonly speak: Speak;
  private readonly onChange: (current: CallAnnouncement | null) => void;

  constructor(speak: Speak, onChange: (current: CallAnnouncement | null) => void = () => undefined) {
    this.speak = speak;
    this.onChange = onChange;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    if (muted) this.queue.length = 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  announce(call: CallAnnouncement): void {
    if (this.muted) return;
    this.queue.push(call);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.speaking) return;
    this.speaking = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        this.onChange(next);
        try {
          await this.speak(next);
        } catch {
          // a voice that fails must not stop the next call from being announced
        }
      }
    } finally {
      this.speaking = false;
      this.onChange(null);
    }
  }
}

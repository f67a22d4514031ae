// Timers that fire only when the test moves them: deadlines of seconds, checked in no time.
import type { Timers } from '../../electron/hall/transport/timers.ts';

export class ManualTimers implements Timers {
  private now = 0;
  private readonly pending = new Set<{ at: number; fn: () => void }>();

  after(ms: number, fn: () => void): () => void {
    const entry = { at: this.now + ms, fn };
    this.pending.add(entry);
    return () => this.pending.delete(entry);
  }

  /** Moves time on, firing (in order) every timer that falls due. */
  advance(ms: number): void {
    this.now += ms;
    const due = [...this.pending].filter((t) => t.at <= this.now).sort((a, b) => a.at - b.at);
    for (const t of due) {
      if (!this.pending.delete(t)) continue;
      t.fn();
    }
  }

  get size(): number {
    return this.pending.size;
  }
}

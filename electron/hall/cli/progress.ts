// A progress bar for long CLI jobs (imports, demo data), redrawn in place on a terminal
// and printed as occasional plain lines when stderr is a file or a pipe (CI logs).
import type { WriteStream } from 'node:tty';

export interface ProgressBar {
  update(done: number, total: number): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream | WriteStream, label: string): ProgressBar {
  const tty = Boolean(stream.isTTY);
  let lastPercent = -1;
  return {
    update(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
      if (percent === lastPercent) return;
      lastPercent = percent;
      if (tty) {
        const width = 30;
        const filled = Math.round((percent * width) / 100);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% (${done}/${total})`);
      } else if (percent % 10 === 0) {
        stream.write(`${label}: ${percent}% (${done}/${total})\n`);
      }
    },
    done() {
      if (tty && lastPercent >= 0) stream.write('\n');
    },
  };
}

// The main process's log file: what went wrong on a terminal nobody watches, kept for the
// engineer who comes later. Size-capped: `main.log` grows to maxBytes, then becomes
// `main.1.log` (the older ones move up) and the oldest beyond `files` is deleted.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RotatingLogOptions {
  dir: string;
  /** Base name without extension (`main` → main.log, main.1.log …). */
  name?: string;
  maxBytes?: number;
  /** How many files are kept in all, the current one included. */
  files?: number;
  /** ISO time for each line (the shell passes its clock). */
  now(): string;
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface RotatingLog {
  write(level: LogLevel, message: string): void;
  /** The files in order, newest first (for tests and the support bundle). */
  paths(): string[];
}

export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_FILES = 5;

export function rotatingLog(options: RotatingLogOptions): RotatingLog {
  const name = options.name ?? 'main';
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const files = Math.max(1, options.files ?? LOG_FILES);
  const pathOf = (i: number) => join(options.dir, i === 0 ? `${name}.log` : `${name}.${i}.log`);
  mkdirSync(options.dir, { recursive: true });
  let size = existsSync(pathOf(0)) ? statSync(pathOf(0)).size : 0;

  const rotate = () => {
    rmSync(pathOf(files - 1), { force: true });
    for (let i = files - 2; i >= 0; i--) if (existsSync(pathOf(i))) renameSync(pathOf(i), pathOf(i + 1));
    size = 0;
  };

  return {
    write(level, message) {
      const line = `${options.now()} ${level.toUpperCase()} ${message.replace(/\r?\n(?!$)/g, '\n    ')}\n`;
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(pathOf(0), line);
      size += bytes;
    },
    paths: () => Array.from({ length: files }, (_, i) => pathOf(i)).filter((p) => existsSync(p)),
  };
}

// terminal.json on disk. Written atomically (a temporary file in the same folder, flushed,
// then renamed over the old one), so a power cut while a manager saves leaves either the old
// file or the new one — never half a file that would start the terminal on its safe default.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TERMINAL_CONFIG_FILE } from '../../shared/terminal-config.ts';

export interface TerminalFile {
  /** The file's text, or null when there is none. */
  read(): string | null;
  write(text: string): void;
  readonly path: string;
}

export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  // The rename itself reaches the disk with the folder (not possible on Windows: nothing to open).
  if (process.platform !== 'win32') {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  }
}

export function terminalFile(dataDir: string): TerminalFile {
  const path = join(dataDir, TERMINAL_CONFIG_FILE);
  return {
    path,
    read() {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    write: (text) => writeFileAtomic(path, text),
  };
}

// terminal.json on disk: missing reads as null, a save replaces the file whole (no temporary
// file left, owner-only), a save that cannot be written leaves the old file as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { terminalFile } from '../../electron/main/terminal-file.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the terminal file on disk', () => {
  it('reads nothing when missing, then exactly what was saved, with no temporary file left', () => {
    dir = mkdtempSync(join(tmpdir(), 'cd-terminal-'));
    const file = terminalFile(join(dir, 'data'));
    expect(file.read()).toBeNull();
    file.write('{"version":1}\n');
    file.write('{"version":1,"second":true}\n');
    expect(file.read()).toBe('{"version":1,"second":true}\n');
    expect(readdirSync(join(dir, 'data'))).toEqual(['terminal.json']);
    if (process.platform !== 'win32') expect(statSync(file.path).mode & 0o777).toBe(0o600);
  });

  it('a save that fails leaves the old file', () => {
    dir = mkdtempSync(join(tmpdir(), 'cd-terminal-'));
    const file = terminalFile(dir);
    file.write('old\n');
    // A folder where the temporary file would go makes the write fail before the rename.
    mkdirSync(`${file.path}.${process.pid}.tmp`);
    expect(() => file.write('new\n')).toThrow();
    expect(file.read()).toBe('old\n');
  });

  it('a file that cannot be read is an error, not a missing file', () => {
    dir = mkdtempSync(join(tmpdir(), 'cd-terminal-'));
    mkdirSync(join(dir, 'terminal.json'));
    expect(() => terminalFile(dir).read()).toThrow(/EISDIR/);
  });
});

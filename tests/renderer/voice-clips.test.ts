// The build's voice clips: a clip for every piece an announcement is stitched from, built with
// espeak-ng (a system dependency that scripts/install-system-deps.sh installs); without it the
// build still succeeds with the chime alone and says so in the manifest.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { announcementClips } from '../../shared/announcement.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/build-voice-clips.ts');

function build(env: NodeJS.ProcessEnv): { dir: string; manifest: { available: boolean; clips: string[] } } {
  const dir = mkdtempSync(join(tmpdir(), 'cd-voice-'));
  const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8', env });
  expect(run.status, run.stderr).toBe(0);
  const chime = readFileSync(join(dir, 'chime.wav'));
  expect(chime.subarray(0, 4).toString()).toBe('RIFF');
  expect(chime.subarray(8, 12).toString()).toBe('WAVE');
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { available: boolean; clips: string[] } };
}

describe('voice clips', () => {
  it('builds the chime and every clip an announcement needs with espeak-ng', () => {
    expect(spawnSync('espeak-ng', ['--version']).status, 'espeak-ng is missing: run scripts/install-system-deps.sh').toBe(0);
    const { dir, manifest } = build(process.env);
    try {
      expect(manifest.available).toBe(true);
      const needed = new Set([...announcementClips({ ticketNo: 'A023', windowNo: 12, priority: true, courtesyLine: 'x' }), ...announcementClips({ ticketNo: 'Y456', windowNo: 78, priority: false, courtesyLine: null })]);
      for (const clip of needed) {
        expect(manifest.clips, clip).toContain(clip);
        expect(readFileSync(join(dir, `${clip}.wav`)).subarray(0, 4).toString(), clip).toBe('RIFF');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without espeak-ng still builds the chime and says no clips are available', () => {
    // only Node on the PATH: espeak-ng cannot be found
    const { dir, manifest } = build({ ...process.env, PATH: dirname(process.execPath) });
    try {
      expect(manifest).toMatchObject({ available: false, clips: ['chime'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

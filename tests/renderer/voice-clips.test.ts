// The build's voice clips: a clip for every piece an announcement is stitched from.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { announcementClips } from '../../shared/announcement.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/build-voice-clips.ts');
const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;

describe('voice clips', () => {
  it('builds a chime and, with espeak-ng, every clip an announcement needs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-voice-'));
    try {
      const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { available: boolean; clips: string[] };
      const chime = readFileSync(join(dir, 'chime.wav'));
      expect(chime.subarray(0, 4).toString()).toBe('RIFF');
      expect(chime.subarray(8, 12).toString()).toBe('WAVE');
      expect(manifest.available).toBe(hasEspeak);
      if (hasEspeak) {
        const needed = new Set([...announcementClips({ ticketNo: 'A023', windowNo: 12, priority: true, courtesyLine: 'x' }), ...announcementClips({ ticketNo: 'Y456', windowNo: 78, priority: false, courtesyLine: null })]);
        for (const clip of needed) expect(manifest.clips, clip).toContain(clip);
        for (let d = 0; d <= 10; d++) expect(readFileSync(join(dir, `digit-${d}.wav`)).subarray(0, 4).toString()).toBe('RIFF');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

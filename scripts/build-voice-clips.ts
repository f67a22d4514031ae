// Build step: the hall display's voice clips, for screens whose system has no Mandarin
// Web Speech voice (a smart TV, a bare Linux kiosk). espeak-ng's Mandarin says each phrase
// once into a WAV; the chime is synthesised here. Without espeak-ng the build still succeeds
// and the manifest says no clips: displays then use Web Speech or show calls silently.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clipPhrases, DEFAULT_COURTESY_LINE } from '../shared/announcement.ts';

const quiet = process.argv.includes('--quiet');
const outDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/renderer/voice');
mkdirSync(outDir, { recursive: true });

/** A two-note chime (E6 then C6), 16-bit mono PCM at 22.05 kHz, with a soft decay. */
function chimeWav(): Buffer {
  const rate = 22_050;
  const notes = [
    [1318.5, 0.35],
    [1046.5, 0.55],
  ] as const;
  const samples: number[] = [];
  for (const [freq, seconds] of notes) {
    const n = Math.floor(rate * seconds);
    for (let i = 0; i < n; i++) samples.push(Math.sin((2 * Math.PI * freq * i) / rate) * Math.exp((-3 * i) / n) * 0.6);
  }
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(s * 32_767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

writeFileSync(join(outDir, 'chime.wav'), chimeWav());
const made = ['chime'];
const probe = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
const available = probe.status === 0;
if (available) {
  for (const [name, phrase] of Object.entries(clipPhrases(DEFAULT_COURTESY_LINE))) {
    // letters are spelled the English way, as Chinese halls read ticket letters
    const voice = name.startsWith('letter-') ? 'en' : 'cmn';
    const r = spawnSync('espeak-ng', ['-v', voice, '-s', name === 'courtesy' ? '140' : '150', '-w', join(outDir, `${name}.wav`), phrase]);
    if (r.status === 0) made.push(name);
  }
} else {
  console.warn('espeak-ng not found: no voice clips built (displays use Web Speech where available)');
}
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ available: available && made.length > 1, clips: made, courtesyLine: DEFAULT_COURTESY_LINE }, null, 2));
if (!quiet) console.log(`voice clips: ${made.length} in ${outDir}`);

// How the hall display speaks: Web Speech with a Mandarin voice where the system has one;
// otherwise the clips made at build time (scripts/build-voice-clips.mjs, espeak-ng), played in
// order. A priority call is slower and louder. Without either, the call is shown, not spoken.
import { announcementClips, announcementText, type CallAnnouncement } from '../../../shared/announcement.ts';
import type { Speak } from './announcer.ts';

interface ClipManifest {
  available: boolean;
  clips: string[];
  /** the courtesy line the 'courtesy' clip says; another configured line is not played from clips */
  courtesyLine?: string;
}

function chineseVoice(): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  return speechSynthesis.getVoices().find((v) => /^zh(-|_)?(CN|Hans)?/i.test(v.lang) && !/HK|TW/i.test(v.lang)) ?? null;
}

function speakWithWebSpeech(voice: SpeechSynthesisVoice, call: CallAnnouncement): Promise<void> {
  return new Promise((resolve) => {
    const u = new SpeechSynthesisUtterance(announcementText(call));
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = call.priority ? 0.75 : 0.95;
    u.volume = call.priority ? 1 : 0.85;
    u.onend = () => resolve();
    u.onerror = () => resolve();
    speechSynthesis.speak(u);
  });
}

function playClip(url: string, call: CallAnnouncement): Promise<void> {
  return new Promise((resolve) => {
    const audio = new Audio(url);
    audio.volume = call.priority ? 1 : 0.85;
    audio.playbackRate = call.priority ? 0.85 : 1;
    audio.onended = () => resolve();
    audio.onerror = () => resolve();
    audio.play().catch(() => resolve());
  });
}

export async function createSpeaker(base = '/voice'): Promise<{ speak: Speak; mode: 'webSpeech' | 'clips' | 'silent' }> {
  let manifest: ClipManifest = { available: false, clips: [] };
  try {
    const res = await fetch(`${base}/manifest.json`);
    if (res.ok) manifest = (await res.json()) as ClipManifest;
  } catch {
    // no clips shipped: Web Speech or silent
  }
  const clips = new Set(manifest.clips);
  return {
    mode: chineseVoice() ? 'webSpeech' : manifest.available ? 'clips' : 'silent',
    async speak(call) {
      const voice = chineseVoice();
      if (clips.has('chime')) await playClip(`${base}/chime.wav`, call);
      if (voice) return speakWithWebSpeech(voice, call);
      if (!manifest.available) return new Promise((r) => setTimeout(r, 2500)); // keep the on-screen highlight up as long as a voice would speak
      for (const clip of announcementClips(call).filter((c) => c !== 'chime')) {
        if (clip === 'courtesy' && manifest.courtesyLine !== call.courtesyLine) continue;
        if (clips.has(clip)) await playClip(`${base}/${clip}.wav`, call);
      }
    },
  };
}

// How the hall display speaks: Web Speech with a Mandarin voice where the system has one;
// otherwise the clips made at build time (scripts/build-voice-clips.ts, espeak-ng), played in
// order. A priority call is slower and louder. Without either, the call is shown, not spoken.
// Every part can be stopped mid-way (the announcer stops calls that went stale).
import { partClips, partText, type AnnouncementPart, type CallAnnouncement } from '../../../shared/announcement.ts';
import type { Voice } from './announcer.ts';

interface ClipManifest {
  available: boolean;
  clips: string[];
  /** the courtesy line the 'courtesy' clip says; another configured line is not played from clips */
  courtesyLine?: string;
}

export type VoiceMode = 'webSpeech' | 'clips' | 'silent';

/** Rough speaking times, for the announcer's lag budget: Mandarin TTS says ~4.5 syllables a second. */
const MS_PER_SYLLABLE = 220;
const MS_PER_CLIP = 380;
const CHIME_MS = 700;

function chineseVoice(): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  return speechSynthesis.getVoices().find((v) => /^zh(-|_)?(CN|Hans)?/i.test(v.lang) && !/HK|TW/i.test(v.lang)) ?? null;
}

const rateOf = (call: CallAnnouncement, part: AnnouncementPart) => (call.priority ? (part === 'courtesy' ? 0.9 : 0.85) : 1);
const volumeOf = (call: CallAnnouncement) => (call.priority ? 1 : 0.85);

function speakWithWebSpeech(voice: SpeechSynthesisVoice, text: string, call: CallAnnouncement, part: AnnouncementPart, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = rateOf(call, part);
    u.volume = volumeOf(call);
    const done = () => {
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const stop = () => {
      speechSynthesis.cancel();
      done();
    };
    u.onend = done;
    u.onerror = done;
    signal.addEventListener('abort', stop, { once: true });
    speechSynthesis.speak(u);
  });
}

function playClip(url: string, call: CallAnnouncement, part: AnnouncementPart, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const audio = new Audio(url);
    audio.volume = volumeOf(call);
    audio.playbackRate = rateOf(call, part);
    const done = () => {
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const stop = () => {
      audio.pause();
      done();
    };
    audio.onended = done;
    audio.onerror = done;
    signal.addEventListener('abort', stop, { once: true });
    audio.play().catch(done);
  });
}

export async function createVoice(base = '/voice'): Promise<{ voice: Voice; mode: () => VoiceMode }> {
  let manifest: ClipManifest = { available: false, clips: [] };
  try {
    const res = await fetch(`${base}/manifest.json`);
    if (res.ok) manifest = (await res.json()) as ClipManifest;
  } catch {
    // no clips shipped: Web Speech or silent
  }
  const clips = new Set(manifest.clips);
  const playable = (call: CallAnnouncement, part: AnnouncementPart) =>
    partClips(call, part).filter((clip) => clips.has(clip) && (part !== 'courtesy' || manifest.courtesyLine === call.courtesyLine));
  // voices load late in some browsers: asked at each announcement, not once
  const mode = (): VoiceMode => (chineseVoice() ? 'webSpeech' : manifest.available ? 'clips' : 'silent');
  const voice: Voice = {
    estimateMs(call, part) {
      if (part === 'chime') return clips.has('chime') ? CHIME_MS : 0;
      if (mode() === 'webSpeech') return (partText(call, part).replace(/\s/g, '').length * MS_PER_SYLLABLE) / rateOf(call, part);
      if (mode() === 'clips') return (playable(call, part).length * MS_PER_CLIP) / rateOf(call, part);
      return 0;
    },
    async say(call, part, signal) {
      if (part === 'chime') {
        if (clips.has('chime')) await playClip(`${base}/chime.wav`, call, part, signal);
        return;
      }
      const zh = chineseVoice();
      if (zh) return speakWithWebSpeech(zh, partText(call, part), call, part, signal);
      for (const clip of playable(call, part)) {
        if (signal.aborted) return;
        await playClip(`${base}/${clip}.wav`, call, part, signal);
      }
    },
  };
  return { voice, mode };
}

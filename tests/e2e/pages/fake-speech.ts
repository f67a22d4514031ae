// A Mandarin speech engine for the page, standing in for the operating system's: it speaks at a
// person's pace (200 ms a syllable, slower at a lower rate), one utterance at a time, and records
// what it was asked to say and when, so a test observes what the hall would hear.
import type { Page } from '@playwright/test';

export interface SpokenUtterance {
  text: string;
  /** page clock (performance.now) when speaking began and ended */
  startedAt: number;
  endedAt: number | null;
  cancelled: boolean;
}

export async function installFakeSpeech(page: Page, msPerSyllable = 200): Promise<void> {
  await page.addInitScript((ms: number) => {
    interface U {
      text: string;
      rate: number;
      volume: number;
      lang: string;
      voice: unknown;
      onend: ((e: unknown) => void) | null;
      onerror: ((e: unknown) => void) | null;
      entry?: { text: string; startedAt: number; endedAt: number | null; cancelled: boolean };
    }
    const spoken: NonNullable<U['entry']>[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    class FakeUtterance implements U {
      text: string;
      rate = 1;
      volume = 1;
      lang = '';
      voice: unknown = null;
      onend: U['onend'] = null;
      onerror: U['onerror'] = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const voice = { lang: 'zh-CN', name: 'Mandarin (test)', voiceURI: 'test-zh', localService: true, default: true };
    let queue: U[] = [];
    let current: U | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (current || queue.length === 0) return;
      const u = (current = queue.shift()!);
      u.entry = { text: u.text, startedAt: performance.now(), endedAt: null, cancelled: false };
      spoken.push(u.entry);
      timer = setTimeout(() => {
        u.entry!.endedAt = performance.now();
        current = null;
        u.onend?.({});
        next();
      }, (u.text.replace(/\s/g, '').length * ms) / (u.rate || 1));
    };
    const synth = {
      getVoices: () => [voice],
      speak(u: U) {
        queue.push(u);
        next();
      },
      cancel() {
        clearTimeout(timer);
        const all = [current, ...queue].filter((x): x is U => x !== null);
        queue = [];
        current = null;
        for (const u of all) {
          if (u.entry) Object.assign(u.entry, { cancelled: true, endedAt: performance.now() });
          u.onerror?.({ error: 'interrupted' });
        }
      },
      get speaking() {
        return current !== null;
      },
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  }, msPerSyllable);
}

// Wires the announcer to the hall: calls from queue.ticketCalled, the truth from every pushed
// board, the voice from this machine. Muting silences the voice only.
import { useEffect, useRef, useState } from 'react';
import type { Board } from '../../shared/api/queue.api.ts';
import type { CallAnnouncement } from '../../shared/announcement.ts';
import { useHall } from '../ui/hall-context.tsx';
import { Announcer } from './voice/announcer.ts';
import { createVoice, type VoiceMode } from './voice/speech.ts';

export function useAnnouncer(): { speaking: CallAnnouncement | null; mode: VoiceMode | null; muted: boolean; toggleMute: () => void } {
  const client = useHall();
  const [speaking, setSpeaking] = useState<CallAnnouncement | null>(null);
  const [mode, setMode] = useState<VoiceMode | null>(null);
  const [muted, setMuted] = useState(() => new URLSearchParams(window.location.search).get('muted') === '1');
  const announcer = useRef<Announcer | null>(null);
  useEffect(() => {
    let cancelled = false;
    const pendingCalls: CallAnnouncement[] = [];
    let latestBoard: Board['windows'] | null = null;
    // calls that come while the voice loads are handed over once it is ready
    const offCalled = client.on('queue.ticketCalled', (c) => {
      const call = { ticketNo: c.ticketNo, windowNo: c.windowNo, priority: c.lane === 'priority', courtesyLine: c.courtesyLine };
      if (announcer.current) announcer.current.called(call);
      else pendingCalls.push(call);
    });
    const offBoard = client.on('queue.boardChanged', (b) => {
      if (announcer.current) announcer.current.boardChanged(b.windows);
      else latestBoard = b.windows;
    });
    void createVoice().then(({ voice, mode: currentMode }) => {
      if (cancelled) return;
      announcer.current = new Announcer(voice, { now: () => performance.now(), onSpeaking: setSpeaking });
      setMode(currentMode());
      for (const call of pendingCalls) announcer.current.called(call);
      if (latestBoard) announcer.current.boardChanged(latestBoard);
    });
    return () => {
      cancelled = true;
      offCalled();
      offBoard();
      announcer.current?.setMuted(true);
      announcer.current = null;
    };
  }, [client]);
  useEffect(() => announcer.current?.setMuted(muted), [muted, mode]);
  return { speaking, mode, muted, toggleMute: () => setMuted((m) => !m) };
}

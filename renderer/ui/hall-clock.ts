// The hall's time on a screen: this computer's clock corrected by how far it is from the
// hall's (board.now), ticking often enough for a "HH:MM" on the wall.
import { useEffect, useState } from 'react';

export function useHallNow(offsetMs: number, everyMs = 5_000): number {
  const [local, setLocal] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocal(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return local + offsetMs;
}

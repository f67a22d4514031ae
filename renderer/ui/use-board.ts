// The hall's queue board as a live value: read once, replaced by every pushed board, and read
// again whenever the connection comes back (a host restart, a network blip), so a display
// never shows yesterday's picture.
import { useEffect, useState } from 'react';
import type { Board } from '../../shared/api/queue.api.ts';
import { useConnection, useHall } from './hall-context.tsx';

/** The board, and how far the hall's clock is from this screen's (so a display shows the hall's time). */
export type LiveBoard = Board & { clockOffsetMs: number };

const live = (board: Board): LiveBoard => ({ ...board, clockOffsetMs: Date.parse(board.now) - Date.now() });

export function useBoard(): LiveBoard | null {
  const client = useHall();
  const status = useConnection();
  const [board, setBoard] = useState<LiveBoard | null>(null);
  useEffect(() => client.on('queue.boardChanged', (next) => setBoard(live(next))), [client]);
  useEffect(() => {
    if (status !== 'online') return;
    let cancelled = false;
    client
      .call('queue.board', {})
      .then((b) => !cancelled && setBoard(live(b)))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [client, status]);
  return board;
}

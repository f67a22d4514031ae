// The call the banner shows is the present state of the hall, read from the board, never the
// voice's backlog: the latest call whose customer is still awaited at an open window. A window
// that paused, finished, skipped or started serving takes its call off the banner at once.
import type { Board } from '../../shared/api/queue.api.ts';

export interface PresentCall {
  ticketNo: string;
  windowNo: number;
  priority: boolean;
  courtesyLine: string | null;
  at: string;
}

export function presentCall(board: Pick<Board, 'recentCalls' | 'windows' | 'courtesyLine'>): PresentCall | null {
  for (const call of board.recentCalls) {
    const w = board.windows.find((x) => x.windowNo === call.windowNo);
    if (!w || w.status !== 'open' || w.current?.ticketNo !== call.ticketNo || w.current.status !== 'called') continue;
    const priority = call.lane === 'priority';
    return { ticketNo: call.ticketNo, windowNo: call.windowNo, priority, courtesyLine: priority ? board.courtesyLine : null, at: call.at };
  }
  return null;
}

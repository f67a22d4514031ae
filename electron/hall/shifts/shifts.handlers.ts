// The shifts part of the contract: open, cash movements, close, and the day's shifts.
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { shiftBook } from '../ledger/index.ts';
import { openShift } from './open-shift.ts';
import { moveCash } from './move-cash.ts';
import { closeShift } from './close-shift.ts';
import { shiftView } from './shift-view.ts';
import { shiftsOfDay } from './shifts-of-day.ts';

export function shiftsHandlers(services: HallServices): HandlersOf<'shifts'> {
  const book = shiftBook(services.db);
  return {
    'shifts.open': (input, env) => openShift(book, env, input.floatFen),
    'shifts.current': (_input, env) => {
      const open = env.caller.windowNo === null ? null : book.openShiftAt(env.caller.windowNo);
      return { shift: open ? shiftView(book, open) : null };
    },
    'shifts.moveCash': (input, env) => moveCash(book, env, input),
    'shifts.close': (input, env) => closeShift(book, env, input),
    'shifts.ofDay': (input) => ({ shifts: shiftsOfDay(book, input.date) }),
  };
}

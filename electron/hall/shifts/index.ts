// The shifts module's door. A shift has no table of its own: it is its ledger entries
// (opening with the float, top-ups, drops and deposits, the close with the count), so it is
// chained and signed like the payments it accounts for, and the ledger can refuse a payment
// at a window without an open shift without asking this module (no cycle). Shifts asks the
// ledger (its entries), auth (a manager's approval) and the queue (交接班 pause).
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { shiftsHandlers } from './shifts.handlers.ts';

export function shiftsModule(services: HallServices): HallModule<'shifts'> {
  return { handlers: shiftsHandlers(services) };
}

export { shiftsOfDay } from './shifts-of-day.ts';
export { shiftReport } from './close-shift.ts';
export { openShift } from './open-shift.ts';

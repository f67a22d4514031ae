// The day close's door (日结). The branch manager's business day: checked, totalled (X),
// closed and locked (Z) with its running month, year and grand totals chained into the
// ledger, reopened as an admin action; and the invoice requests it lists. Its own table is
// invoice_requests; the day's money is read from the ledger (its door), the shifts, the
// queue's day, the ratings (counter) and the reprint queue (printing).
import type { HallServices } from '../handlers.ts';
import type { HallModule } from '../module.ts';
import { dayCloseHandlers } from './dayclose.handlers.ts';

/** `afterClose` runs once a close has committed: the hall takes a backup of the closed day there. */
export function dayCloseModule(services: HallServices, afterClose: () => void = () => {}): HallModule<'dayclose'> {
  return { handlers: dayCloseHandlers(services, afterClose) };
}

export { daySummary } from './close-day.ts';

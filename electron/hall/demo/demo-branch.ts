// The demo branch behind `npm start`: three counter windows, a cashier and a manager, so
// someone trying CounterDesk can sign in at once. Seeded only into an empty database.
import type { Hall } from '../hall.ts';
import { createOperator, operatorCount } from '../auth/index.ts';
import { openCounterWindows } from '../queue/index.ts';
import { seedDemoBilling } from './demo-billing.ts';
import { seedDemoQueue } from './demo-queue.ts';

export const DEMO_OPERATORS = [
  { code: '1001', name: '王晓梅', role: 'cashier', pin: '1234' },
  { code: '1002', name: '刘建国', role: 'cashier', pin: '1234' },
  { code: '9001', name: '李主任', role: 'manager', pin: '9999' },
] as const;

export const DEMO_WINDOWS = [1, 2, 3] as const;

/** Returns false when the database already had operators (nothing is changed then). */
export function seedDemoBranch(hall: Hall): boolean {
  const { db } = hall;
  const now = hall.clock.now();
  if (operatorCount(db) > 0) return false;
  db.transaction(() => {
    openCounterWindows(db, DEMO_WINDOWS.length);
    for (const op of DEMO_OPERATORS) createOperator(db, op, now);
    seedDemoBilling(db, now);
    seedDemoQueue(db);
  })();
  return true;
}

// The demo's cashiers are on shift at once (1001 at window 1, 1002 at window 2, each with a
// ¥1,000.00 float), so someone trying CounterDesk can take a payment straight away; window 3
// shows the opening step. Written as the cashiers themselves would: ledger entries and audit rows.
import type { Hall } from '../hall.ts';
import type { Caller, HandlerEnv } from '../handlers.ts';
import { listOperators } from '../auth/index.ts';
import { writeAudit } from '../audit/index.ts';
import { openShift } from '../shifts/index.ts';
import { shiftBook } from '../ledger/index.ts';

export const DEMO_SHIFTS = [
  { windowNo: 1, operatorCode: '1001', floatFen: 100_000 },
  { windowNo: 2, operatorCode: '1002', floatFen: 100_000 },
] as const;

export function openDemoShifts(hall: Hall): void {
  const { db, config, clock } = hall;
  const now = clock.now();
  const book = shiftBook(db);
  const operators = listOperators(db);
  db.transaction(() => {
    for (const s of DEMO_SHIFTS) {
      const op = operators.find((o) => o.code === s.operatorCode);
      if (!op) continue;
      const caller: Caller = { role: op.role, terminalId: `counter-${s.windowNo}`, windowNo: s.windowNo, operator: { id: op.id, code: op.code, name: op.name }, locale: 'zh-CN', sessionKey: null, token: null };
      const env: HandlerEnv = {
        db,
        clock,
        config,
        caller,
        now,
        emit: () => undefined,
        afterCommit: () => undefined,
        print: () => {
          throw new Error('opening a shift prints nothing');
        },
        audit: (entry) => writeAudit(db, caller, now, entry),
        auditIfRefused: () => undefined,
        credential: null,
      };
      openShift(book, env, s.floatFen);
    }
  }).immediate();
}

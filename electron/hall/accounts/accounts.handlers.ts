import type { Handlers, HallServices } from '../handlers.ts';
import { DomainError } from '../../../shared/errors.ts';
import { accountSearch, toSummary, ACCOUNT_COLUMNS_SQL, type AccountRow } from './account-search.ts';

type AccountsHandlers = Pick<Handlers, 'accounts.search' | 'accounts.get'>;

export function accountsHandlers(services: HallServices): AccountsHandlers {
  const { db } = services;
  const search = accountSearch(db);
  const byNo = db.prepare(`SELECT ${ACCOUNT_COLUMNS_SQL}, community, building, unit, room, meter_no, updated_at FROM accounts WHERE account_no = ?`);
  return {
    'accounts.search': (input) => search(input.text, input.limit),
    'accounts.get': (input) => {
      const row = byNo.get(input.accountNo) as (AccountRow & { community: string; building: string; unit: string; room: string; meter_no: string | null; updated_at: string }) | undefined;
      if (!row) throw new DomainError('not_found', { what: `户号 ${input.accountNo}` });
      return { ...toSummary(row), community: row.community, building: row.building, unit: row.unit, room: row.room, meterNo: row.meter_no, updatedAt: row.updated_at };
    },
  };
}

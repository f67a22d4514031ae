// The accounts module's store: the only code that reads or writes `accounts` and `charges`
// (an account's list of what it was charged: heating, arrears, items). The writer is used by
// the head office import, the demo branch and the demo-data generator, so all three produce
// the same rows; it runs inside the caller's transaction, an account is upserted by its
// number, charges are only ever added. Search has its own index-driven queries
// (account-search.ts); what was paid on a charge is the ledger's, not ours.
import type { Db } from '../db/open.ts';
import { DomainError } from '../../../shared/errors.ts';
import { ACCOUNT_COLUMNS_SQL, type AccountRow } from './account-search.ts';
import type { AccountRecord } from './account-record.ts';
import { phoneLast4 } from './account-record.ts';
import { namePinyin } from './name-pinyin.ts';
import { seasonDueDate } from '../../../shared/seasons.ts';
import { chargeName } from './charge-name.ts';

export interface AccountWriter {
  /** Returns the account's row id. */
  write(record: AccountRecord, source: string): number;
  /** Returns the new charge's id, or null when an equal heating/arrears charge already exists. */
  addCharge(charge: NewCharge): number | null;
}

export interface NewCharge {
  accountId: number;
  kind: 'heating' | 'arrears' | 'item' | 'other';
  season: string | null;
  itemCode?: string | null;
  description: string;
  detail: string | null;
  amountFen: number;
  dueDate: string | null;
  /** Residential heating is VAT-exempt; non-residential heating, items and materials are taxable. */
  taxCategory: 'vatExempt' | 'taxable';
  source: string;
}

export function heatingTaxCategory(customerClass: 'residential' | 'nonResidential'): 'vatExempt' | 'taxable' {
  return customerClass === 'residential' ? 'vatExempt' : 'taxable';
}

export function accountWriter(db: Db, now: Date): AccountWriter {
  const at = now.toISOString();
  const upsert = db.prepare(`
    INSERT INTO accounts (account_no, name, name_pinyin, name_initials, community, building, unit, room, address,
      phone, phone_last4, customer_class, heated_area_centi_m2, heating_status, low_income, meter_no, created_at, updated_at)
    VALUES (@accountNo, @name, @pinyin, @initials, @community, @building, @unit, @room, @address,
      @phone, @phoneLast4, @customerClass, @heatedAreaCentiM2, @heatingStatus, @lowIncome, @meterNo, @at, @at)
    ON CONFLICT(account_no) DO UPDATE SET
      name = excluded.name, name_pinyin = excluded.name_pinyin, name_initials = excluded.name_initials,
      community = excluded.community, building = excluded.building, unit = excluded.unit, room = excluded.room,
      address = excluded.address, phone = excluded.phone, phone_last4 = excluded.phone_last4,
      customer_class = excluded.customer_class, heated_area_centi_m2 = excluded.heated_area_centi_m2,
      heating_status = excluded.heating_status, low_income = excluded.low_income, meter_no = excluded.meter_no,
      updated_at = excluded.updated_at
    RETURNING id`);
  const insertCharge = db.prepare(`
    INSERT OR IGNORE INTO charges (account_id, kind, season, item_code, description, detail, amount_fen, due_date, tax_category, source, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const addCharge = (c: NewCharge): number | null => {
    const info = insertCharge.run(c.accountId, c.kind, c.season, c.itemCode ?? null, c.description, c.detail, c.amountFen, c.dueDate, c.taxCategory, c.source, at);
    return info.changes > 0 ? Number(info.lastInsertRowid) : null;
  };
  return {
    addCharge,
    write(record, source) {
      const py = namePinyin(record.name);
      const id = upsert.pluck().get({
        ...record,
        pinyin: py.full,
        initials: py.initials,
        phoneLast4: phoneLast4(record.phone),
        lowIncome: record.lowIncome ? 1 : 0,
        at,
      }) as number;
      for (const a of record.arrears) {
        addCharge({
          accountId: id,
          kind: 'arrears',
          season: a.season,
          description: chargeName('arrears', a.season),
          detail: null,
          amountFen: a.amountFen,
          dueDate: seasonDueDate(a.season),
          taxCategory: heatingTaxCategory(record.customerClass),
          source,
        });
      }
      return id;
    },
  };
}

export interface AccountDetailRow extends AccountRow {
  community: string;
  building: string;
  unit: string;
  room: string;
  meter_no: string | null;
  updated_at: string;
}

export interface ChargeRow {
  id: number;
  kind: NewCharge['kind'];
  season: string | null;
  description: string;
  detail: string | null;
  amount_fen: number;
  due_date: string | null;
  tax_category: NewCharge['taxCategory'];
}

/** An account's charges for its statement, exported so the query-plan tests explain exactly this. */
// Items sold at the counter are paid in the same payment; if that payment is reversed
// the sale is undone, so such a charge is never shown as owed.
export const ACCOUNT_CHARGES_SQL =
  "SELECT id, kind, season, description, detail, amount_fen, due_date, tax_category FROM charges WHERE account_id = ? AND NOT (kind = 'item' AND source LIKE 'counter:%') ORDER BY COALESCE(season, '9999'), COALESCE(due_date, '9999-12-31'), id";

/** What the other modules read of accounts and their charges, prepared once. */
export function accountsReader(db: Db) {
  const byNo = db.prepare(`SELECT ${ACCOUNT_COLUMNS_SQL}, community, building, unit, room, meter_no, updated_at FROM accounts WHERE account_no = ?`);
  const charges = db.prepare(ACCOUNT_CHARGES_SQL);
  const toBill = db.prepare('SELECT id, customer_class, heated_area_centi_m2, heating_status, low_income FROM accounts ORDER BY id');
  return {
    /** The account with this 户号; refused as not_found when there is none. */
    byNo(accountNo: string): AccountDetailRow {
      const row = byNo.get(accountNo) as AccountDetailRow | undefined;
      if (!row) throw new DomainError('not_found', { accountNo }, { key: 'errors:notFound.account' });
      return row;
    },
    /** The charges an account may still owe on, oldest season and due date first. */
    chargesOf: (accountId: number) => charges.all(accountId) as ChargeRow[],
    /** Every account with what a season's heating bill is computed from. */
    toBill: () =>
      toBill.all() as Array<{ id: number; customer_class: 'residential' | 'nonResidential'; heated_area_centi_m2: number; heating_status: string; low_income: number }>,
  };
}
export type AccountsReader = ReturnType<typeof accountsReader>;

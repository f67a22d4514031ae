// Writes accounts and their arrears. Used by the head office import, the demo branch and the
// demo-data generator, so all three produce the same rows. Runs inside the caller's
// transaction; an account is upserted by its number, arrears are only ever added.
import type { Db } from '../db/open.ts';
import type { AccountRecord } from './account-record.ts';
import { phoneLast4 } from './account-record.ts';
import { namePinyin } from './name-pinyin.ts';
import { seasonDueDate } from '../../../shared/seasons.ts';

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
          description: `${a.season} 往年欠费`,
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

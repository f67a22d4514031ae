// A business day in figures, from its ledger entries alone (payments, reversals, the shifts'
// cash entries) plus the queue's day, the ratings and the invoice requests. The X report is
// this at any moment; the Z report is this at the close, stored in the close entry.
import type { HandlerEnv } from '../handlers.ts';
import type { DayReport } from '../../../shared/api/dayclose.api.ts';
import { TENDER_METHODS, type TenderMethod } from '../../../shared/print-models.ts';
import { fen } from '../../../shared/money.ts';
import { localHourOf } from '../../../shared/local-hour.ts';
import { RATING_SCORES } from '../../../shared/api/counter.api.ts';
import type { DayBook } from '../ledger/index.ts';
import { shiftsOfDay } from '../shifts/index.ts';
import { shiftBook } from '../ledger/index.ts';
import { queueDay } from '../queue/index.ts';
import { ratingStatsFor } from '../counter/index.ts';
import { translate } from '../i18n.ts';
import type { DayCloseStore } from './dayclose-store.ts';

type Sum = { count: number; amount: number };
const add = <K>(map: Map<K, Sum>, key: K, amount: number, count = 1) => {
  const s = map.get(key) ?? { count: 0, amount: 0 };
  s.count += count;
  s.amount += amount;
  map.set(key, s);
};

export function dayReport(book: DayBook, store: DayCloseStore, env: Pick<HandlerEnv, 'db' | 'config' | 'now'>, date: string, kind: 'X' | 'Z'): DayReport {
  const { config } = env;
  const byTender = new Map<TenderMethod, Sum>();
  const byCashier = new Map<string, Sum & { name: string }>();
  const byWindow = new Map<number, Sum>();
  const byItem = new Map<string, { item: string; label: string; taxCategory: 'vatExempt' | 'taxable'; amount: number }>();
  const byHour = new Map<number, Sum>();
  const tax = { vatExempt: 0, taxable: 0 };
  const cash = { floatFen: 0, topUpsFen: 0, dropsFen: 0, depositsFen: 0, overageFen: 0, shortageFen: 0 };
  let payments = 0;
  let reversals = 0;
  let total = 0;
  const itemLabel = (key: string) => translate('zh-CN', `dayclose:items.${key}`);
  // the hour of every entry on the branch's clock: asked of Intl once per quarter hour of the day
  // (every time zone's offset is a whole number of quarter hours), not once per entry
  const hours = new Map<number, number>();
  const hourOf = (at: string) => {
    const quarter = Math.floor(Date.parse(at) / 900_000);
    let hour = hours.get(quarter);
    if (hour === undefined) hours.set(quarter, (hour = localHourOf(new Date(quarter * 900_000), config.timeZone)));
    return hour;
  };
  for (const e of book.entriesOf(date)) {
    if (e.kind === 'payment' || e.kind === 'reversal') {
      // a reversal counts against the day it is made in, and is no new payment
      const n = e.kind === 'payment' ? 1 : 0;
      if (e.kind === 'payment') payments++;
      else reversals++;
      total += e.amountFen;
      for (const t of e.tenders) add(byTender, t.method, t.amount, n);
      const c = byCashier.get(e.cashier.code) ?? { count: 0, amount: 0, name: e.cashier.name };
      c.count += n;
      c.amount += e.amountFen;
      byCashier.set(e.cashier.code, c);
      if (e.windowNo !== null) add(byWindow, e.windowNo, e.amountFen, n);
      add(byHour, hourOf(e.at), e.amountFen, n);
      for (const l of e.lines) {
        const item = l.kind !== 'charge' ? l.kind : l.chargeKind === 'item' ? `item:${l.label}` : l.chargeKind;
        const key = `${item}|${l.taxCategory}`;
        const row = byItem.get(key) ?? { item, label: item.startsWith('item:') ? l.label : itemLabel(item), taxCategory: l.taxCategory, amount: 0 };
        row.amount += l.amount;
        byItem.set(key, row);
        tax[l.taxCategory] += l.amount;
      }
    } else if (e.kind === 'cashIn' || e.kind === 'cashOut' || e.kind === 'shiftClose') {
      const c = e.cash;
      if (c.type === 'open') cash.floatFen += e.amountFen;
      else if (c.type === 'topUp') cash.topUpsFen += e.amountFen;
      else if (c.type === 'drop') cash.dropsFen += e.amountFen;
      else if (c.type === 'deposit') cash.depositsFen += e.amountFen;
      else if (e.amountFen > 0) cash.overageFen += e.amountFen;
      else cash.shortageFen += -e.amountFen;
    }
  }
  const shifts = shiftsOfDay(shiftBook(env.db), date).map((s) => ({ shiftNo: s.shiftNo, windowNo: s.windowNo, cashier: s.cashier, openedAt: s.openedAt, closedAt: s.closedAt, differenceFen: s.differenceFen, note: s.note }));
  const ratings = ratingStatsFor(env.db, date);
  const scores = Object.fromEntries(RATING_SCORES.map((s) => [s, ratings.byPoint.reduce((sum, p) => sum + p[s], 0)])) as Record<(typeof RATING_SCORES)[number], number>;
  return {
    date,
    kind,
    madeAt: env.now.toISOString(),
    timeZone: config.timeZone,
    branchName: config.branchName,
    payments,
    reversals,
    totalFen: fen(total),
    byTender: TENDER_METHODS.filter((m) => byTender.has(m)).map((m) => ({ method: m, count: byTender.get(m)!.count, amountFen: fen(byTender.get(m)!.amount) })),
    byCashier: [...byCashier].sort(([a], [b]) => a.localeCompare(b)).map(([code, s]) => ({ code, name: s.name, count: s.count, amountFen: fen(s.amount) })),
    byWindow: [...byWindow].sort(([a], [b]) => a - b).map(([windowNo, s]) => ({ windowNo, count: s.count, amountFen: fen(s.amount) })),
    byItem: [...byItem.values()].map((r) => ({ item: r.item, label: r.label, taxCategory: r.taxCategory, amountFen: fen(r.amount) })),
    byTax: { vatExemptFen: fen(tax.vatExempt), taxableFen: fen(tax.taxable) },
    byHour: [...byHour].sort(([a], [b]) => a - b).map(([hour, s]) => ({ hour, count: s.count, amountFen: fen(s.amount) })),
    cash: { floatFen: fen(cash.floatFen), topUpsFen: fen(cash.topUpsFen), dropsFen: fen(cash.dropsFen), depositsFen: fen(cash.depositsFen), overageFen: fen(cash.overageFen), shortageFen: fen(cash.shortageFen) },
    shifts,
    queue: queueDay(env.db, date, config.timeZone),
    ratings: { rated: ratings.rated, ...scores },
    invoiceRequests: store.requestsOf(date),
  };
}

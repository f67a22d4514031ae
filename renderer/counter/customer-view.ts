// What the customer across the counter sees, computed from the cashier's payment state in one
// place (customer-view-contract.md): idle, the service (account, items, total, received,
// change) and the paid state. The counter sends it with counter.present whenever it changes.
import type { Fen } from '../../shared/money.ts';
import type { CustomerView } from '../../shared/api/counter.api.ts';

export type { CustomerView };

export interface ServedTicket {
  id: number;
  ticketNo: string;
  priority: boolean;
  waitedLong: boolean;
}

export interface PaymentState {
  ticket: ServedTicket | null;
  account: { accountNo: string; name: string; address: string } | null;
  /** the selected lines as the receipt will show them (charges, late fees, waivers) */
  items: ReadonlyArray<{ label: string; amountFen: number }>;
  totalFen: number;
  /** everything handed over so far (non-cash tenders + the cash 收您 as typed), or null */
  receivedFen: number | null;
  changeFen: number | null;
  /** the receipt: received = its non-cash tenders + the cash handed over */
  paid: { receiptNo: string; totalFen: Fen | number; receivedFen: number; changeFen: number } | null;
}

const MAX_ITEMS = 60;
const MAX_LABEL = 80;

/** What the customer handed over for a receipt: the non-cash tenders and the cash received (收您). */
export function receivedOf(receipt: { tenders: ReadonlyArray<{ method: string; amountFen: number }>; cashReceivedFen: number }): number {
  return receipt.tenders.filter((t) => t.method !== 'cash').reduce((s, t) => s + t.amountFen, 0) + receipt.cashReceivedFen;
}

export function customerViewOf(s: PaymentState): CustomerView {
  if (s.paid) {
    return { phase: 'paid', receiptNo: s.paid.receiptNo, ticketId: s.ticket?.id ?? null, totalFen: s.paid.totalFen, receivedFen: s.paid.receivedFen, changeFen: s.paid.changeFen };
  }
  if (!s.account && !s.ticket) return { phase: 'idle' };
  const items = s.items.map((i) => ({ label: i.label.length > MAX_LABEL ? `${i.label.slice(0, MAX_LABEL - 1)}…` : i.label, amountFen: i.amountFen }));
  // the screen has room for 60 lines: the rest are folded into the last one, so the total still adds up
  const shown =
    items.length > MAX_ITEMS ? [...items.slice(0, MAX_ITEMS - 1), { label: `… +${items.length - MAX_ITEMS + 1}`, amountFen: items.slice(MAX_ITEMS - 1).reduce((sum, i) => sum + i.amountFen, 0) }] : items;
  return {
    phase: 'service',
    ticketNo: s.ticket?.ticketNo ?? null,
    waitedLong: s.ticket?.waitedLong ?? false,
    priority: s.ticket?.priority ?? false,
    account: s.account,
    items: s.account ? shown : [],
    totalFen: s.account ? Math.max(0, s.totalFen) : 0,
    receivedFen: s.account && s.receivedFen !== null ? Math.max(0, s.receivedFen) : null,
    changeFen: s.account && s.changeFen !== null ? Math.max(0, s.changeFen) : null,
  };
}

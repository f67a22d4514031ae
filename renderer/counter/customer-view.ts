// What the customer across the counter sees, computed from the cashier's payment state in one
// place (customer-view-contract.md): idle, the service (account, items, total, received,
// change) and the paid state. The counter sends it with counter.present whenever it changes.
import type { Fen } from '../../shared/money.ts';

/** The contract's CustomerView (shared/api/counter.api.ts, declared by the customer display's side). */
export type CustomerView =
  | { phase: 'idle' }
  | {
      phase: 'service';
      ticketNo: string | null;
      waitedLong: boolean;
      priority: boolean;
      account: { accountNo: string; name: string; address: string } | null;
      items: Array<{ label: string; amountFen: number }>;
      totalFen: number;
      receivedFen: number | null;
      changeFen: number | null;
    }
  | { phase: 'paid'; receiptNo: string; ticketId: number | null; totalFen: number; receivedFen: number; changeFen: number };

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
  /** cash 收您 as typed, or null */
  receivedFen: number | null;
  changeFen: number | null;
  paid: { receiptNo: string; totalFen: Fen | number; cashReceivedFen: number; changeFen: number } | null;
}

const MAX_ITEMS = 60;
const MAX_LABEL = 80;

export function customerViewOf(s: PaymentState): CustomerView {
  if (s.paid) {
    return { phase: 'paid', receiptNo: s.paid.receiptNo, ticketId: s.ticket?.id ?? null, totalFen: s.paid.totalFen, receivedFen: s.paid.cashReceivedFen > 0 ? s.paid.cashReceivedFen : s.paid.totalFen, changeFen: s.paid.changeFen };
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

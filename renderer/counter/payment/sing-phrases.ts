// 唱收唱付: what the cashier says as each figure is entered — the total, what was received,
// the change, the receipt handed over. Keys into the counter catalogue with their amounts as
// values, so the words are in the screen's language and the figures are the hall's.
import { formatYuan } from '../../../shared/money.ts';
import type { TenderMethod } from '../../../shared/print-models.ts';

export interface Phrase {
  key: 'counter:sing.total' | 'counter:sing.received' | 'counter:sing.receivedBy' | 'counter:sing.change' | 'counter:sing.receipt';
  params: Record<string, string>;
}

export interface SingState {
  totalFen: number;
  nonCash: ReadonlyArray<{ method: TenderMethod; amountFen: number }>;
  receivedFen: number | null;
  changeFen: number | null;
  paid: boolean;
}

const yuan = (fen: number) => formatYuan(fen, { grouping: false });

/** The lines in the order they are said; after the payment only what was handed back and the receipt. */
export function singPhrases(s: SingState): Phrase[] {
  if (s.totalFen <= 0 && !s.paid) return [];
  const out: Phrase[] = s.totalFen > 0 ? [{ key: 'counter:sing.total', params: { amount: yuan(s.totalFen) } }] : [];
  for (const t of s.nonCash) if (t.amountFen > 0) out.push({ key: 'counter:sing.receivedBy', params: { method: t.method, amount: yuan(t.amountFen) } });
  if (s.receivedFen !== null && s.receivedFen > 0) out.push({ key: 'counter:sing.received', params: { amount: yuan(s.receivedFen) } });
  if (s.changeFen !== null && s.changeFen > 0) out.push({ key: 'counter:sing.change', params: { amount: yuan(s.changeFen) } });
  if (s.paid) out.push({ key: 'counter:sing.receipt', params: {} });
  return out;
}

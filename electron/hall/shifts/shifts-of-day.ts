// The shifts opened on a business day, open ones included (the day close lists those).
import type { ShiftView } from '../../../shared/api/shifts.api.ts';
import type { ShiftBook } from '../ledger/index.ts';
import { shiftView } from './shift-view.ts';

export function shiftsOfDay(book: ShiftBook, date: string): ShiftView[] {
  return book.openedOn(date).map(({ openSeq, windowNo }) => shiftView(book, book.shiftOpening(openSeq, windowNo)!));
}

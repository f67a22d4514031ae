// Which layout prints which kind of job, validating the stored payload on the way: a job
// row is read back from the database and is checked like any other outside input.
import type { Locale } from '../../../../shared/i18n/index.ts';
import { daySummaryModelSchema, receiptModelSchema, shiftReportModelSchema, ticketSlipModelSchema, type PaperWidth, type PrintKind } from '../../../../shared/print-models.ts';
import { translator } from '../../i18n.ts';
import type { PrintMark } from '../../print-request.ts';
import { receiptLayout } from './receipt-layout.ts';
import { ticketLayout } from './ticket-layout.ts';
import { daySummaryLayout, shiftReportLayout } from './report-layouts.ts';

export function layoutFor(kind: PrintKind, payload: unknown, marks: readonly PrintMark[], width: PaperWidth, locale: Locale = 'zh-CN'): string {
  const options = { t: translator(locale), marks, width };
  switch (kind) {
    case 'receipt':
      return receiptLayout(receiptModelSchema.parse(payload), options);
    case 'ticket':
      return ticketLayout(ticketSlipModelSchema.parse(payload), options);
    case 'shiftReport':
      return shiftReportLayout(shiftReportModelSchema.parse(payload), options);
    case 'daySummary':
      return daySummaryLayout(daySummaryModelSchema.parse(payload), options);
  }
}

// The day close's part of the contract.
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import type { ZReport } from '../../../shared/api/dayclose.api.ts';
import { dayBook, dayLocks } from '../ledger/index.ts';
import { dayCloseStore } from './dayclose-store.ts';
import { checkDay } from './day-check.ts';
import { dayReport } from './day-report.ts';
import { closeDay } from './close-day.ts';
import { reopenDay } from './reopen-day.ts';
import { periodClosing } from './period-closing.ts';
import { requestInvoice } from './request-invoice.ts';
import { dayCloseError } from './dayclose-errors.ts';
import { dayWorkbook } from './day-workbook.ts';
import { dayReportPdf } from './day-pdf.ts';

export function dayCloseHandlers(services: HallServices, afterClose: () => void): HandlersOf<'dayclose'> {
  const book = dayBook(services.db);
  const store = dayCloseStore(services.db);
  const zReport = (date: string): ZReport | null => {
    const mark = dayLocks(services.db).markOf(date);
    const body = mark?.body as { type: string; report: Omit<ZReport, 'closedBy' | 'periods' | 'chainHead' | 'check'> } & Pick<ZReport, 'closedBy' | 'periods' | 'check'>;
    if (!mark || body.type !== 'close') return null;
    return { ...body.report, closedBy: body.closedBy, periods: body.periods, check: body.check, chainHead: { seq: mark.seq, hash: mark.hash } };
  };
  return {
    'dayclose.check': (input) => checkDay(services.db, book, input.date),
    'dayclose.xReport': (input, env) => dayReport(book, store, env, input.date, 'X'),
    'dayclose.close': (input, env) => {
      const closed = closeDay(book, store, env, input.date);
      env.afterCommit(afterClose); // a backup of the closed day, once the close is on disk
      return closed;
    },
    'dayclose.zReport': (input) => zReport(input.date) ?? failNotClosed(input.date),
    'dayclose.workbook': async (input, env) => {
      const report = zReport(input.date) ?? dayReport(book, store, env, input.date, 'X');
      const bytes = await dayWorkbook(services.db, report, env.caller.locale);
      return { fileName: `day-${input.date}-${report.kind}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64') };
    },
    'dayclose.reportPdf': async (input, env) => {
      const report = zReport(input.date) ?? dayReport(book, store, env, input.date, 'X');
      const bytes = await dayReportPdf(report, env.caller.locale, env.now);
      return { fileName: `day-${input.date}-${report.kind}.pdf`, contentType: 'application/pdf' as const, base64: bytes.toString('base64') };
    },
    'dayclose.reopen': (input, env) => {
      reopenDay(env, input.date, input.reason);
      return { ok: true as const };
    },
    'dayclose.period': (input) => periodClosing(services.db, input.period),
    'dayclose.requestInvoice': (input, env) => requestInvoice(store, env, input),
  };
}

function failNotClosed(date: string): never {
  throw dayCloseError('notClosed', { date }, 'not_found');
}

// The ledger part of the contract: taking and reversing payments, a receipt on record,
// verifying the chain, and the day's payments for the head office.
import type { HallServices } from '../handlers.ts';
import type { HandlersOf } from '../module.ts';
import { DomainError } from '../../../shared/errors.ts';
import { fen } from '../../../shared/money.ts';
import { ledgerContext } from './ledger-context.ts';
import { ledgerStore } from './ledger-store.ts';
import { recordPayment } from './record-payment.ts';
import { reversePayment } from './reverse-payment.ts';
import { receiptOnRecord } from './receipt-of.ts';
import { verifyLedger } from './verify.ts';
import { signerOf } from '../integrity/index.ts';
import { verifyLedgerFile } from './verify-parallel.ts';
import { dayPayments, exportDay } from './day-payments.ts';
import { accountPayments } from './account-payments.ts';
import { accountsReader } from '../accounts/index.ts';

export function ledgerHandlers(services: HallServices): HandlersOf<'ledger'> {
  const ctx = ledgerContext(services.db);
  const store = ledgerStore(services.db);
  const accounts = accountsReader(services.db);
  return {
    'ledger.recordPayment': (input, env) => recordPayment(ctx, input, env),
    'ledger.reversePayment': (input, env) => reversePayment(ctx, input, env),
    'ledger.receipt': (input, env) => {
      const onRecord = receiptOnRecord(store, input.receiptNo, env.config);
      if (!onRecord) throw new DomainError('not_found', { receiptNo: input.receiptNo }, { key: 'errors:notFound.receipt' });
      return onRecord;
    },
    'ledger.accountPayments': (input) => accountPayments(accounts, store, input),
    // On a file database the check runs on every core, off the hall's own thread.
    'ledger.verify': () => {
      // the hall's own key is known from outside the database (its key store): an attacker's key in the file is not trusted
      const key = signerOf(services.db)?.current();
      const options = { trustedKeys: key ? [key.fingerprint] : [] };
      return services.config.dbPath === ':memory:' ? verifyLedger(services.db, options) : verifyLedgerFile(services.config.dbPath, undefined, options, services.config.workersDir);
    },
    'ledger.dayPayments': (input) => {
      const entries = dayPayments(services.db, input.date);
      return { date: input.date, entries: entries.map((e) => ({ ...e, amountFen: fen(e.amountFen) })), totalFen: fen(entries.reduce((s, e) => s + e.amountFen, 0)) };
    },
    'ledger.exportDay': async (input, env) => {
      const { bytes, rows } = await exportDay(services.db, input.date, input.format, env.config.timeZone);
      return {
        fileName: `payments-${input.date}.${input.format}`,
        contentType: input.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: bytes.toString('base64'),
        rows,
      };
    },
  };
}

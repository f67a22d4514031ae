// What a job prints. A receipt (and every 补打 copy of it) is rendered from its ledger entry at
// print time, never from the payload stored beside the job: the outbox row is outside the chain,
// so whatever was written there, the paper says what the signed ledger says.
import type { HallConfig } from '../config.ts';
import type { Db } from '../db/open.ts';
import { receiptOf } from '../ledger/index.ts';
import type { PrintJobRow } from './printing-store.ts';
import { PrintFailure } from './transports/transport.ts';

export function printDocument(db: Db, config: HallConfig, job: PrintJobRow): unknown {
  const payload = JSON.parse(job.payload) as { receiptNo?: string };
  if (job.kind !== 'receipt') return payload;
  const onRecord = payload.receiptNo ? receiptOf(db, payload.receiptNo, config) : null;
  if (!onRecord) throw new PrintFailure('notInLedger', { receiptNo: payload.receiptNo ?? '' }, false);
  return onRecord.receipt;
}

// A ledger entry as a receipt: what the printer, the preview and the counter screen show.
import type { ReceiptModel, ReceiptLine } from '../../../shared/print-models.ts';
import type { HallConfig } from '../config.ts';
import { fen, toChineseCapital } from '../../../shared/money.ts';
import { verificationCode } from './chain.ts';
import type { PaymentBody } from './entry-body.ts';

export interface ReceiptEntry {
  seq: number;
  receipt_no: string | null;
  at: string;
  window_no: number | null;
  amount_fen: number;
  hash: string;
}

function receiptLine(line: PaymentBody['lines'][number]): ReceiptLine {
  const kind = line.kind === 'charge' ? line.chargeKind : line.kind;
  return { kind, label: line.label, season: line.season, detail: line.detail, amountFen: fen(line.amount) };
}

export function receiptModel(entry: ReceiptEntry, body: PaymentBody, config: HallConfig): ReceiptModel {
  if (!entry.receipt_no || entry.window_no === null) throw new Error(`ledger entry ${entry.seq} has no receipt`);
  const total = fen(entry.amount_fen);
  // A reversal's capitals carry its sign (负…), like its figures: docs/printing.md.
  const capitals = toChineseCapital(total);
  return {
    receiptNo: entry.receipt_no,
    paymentId: entry.seq,
    companyName: config.companyName,
    branchName: config.branchName,
    windowNo: entry.window_no,
    cashier: body.cashier,
    issuedAt: entry.at,
    timeZone: config.timeZone,
    account: { accountNo: body.account.no, name: body.account.name, address: body.account.address },
    lines: body.lines.map(receiptLine),
    totalFen: total,
    totalInCapitals: capitals,
    tenders: body.tenders.map((t) => ({ method: t.method, amountFen: fen(t.amount), reference: t.reference })),
    cashReceivedFen: fen(body.cashReceived),
    changeFen: fen(body.change),
    hotline: config.hotline,
    verificationCode: verificationCode(entry.hash),
    chainHash: entry.hash,
    reversalOf: body.reversal,
  };
}

// 收费凭证: the fee receipt, one source for the paper and the preview.
import type { ReceiptModel } from '../../../../shared/print-models.ts';
import { formatMoney, toChineseCapital } from '../../../../shared/money.ts';
import { localDateTimeOf } from '../../../../shared/seasons.ts';
import { receiptQrText } from '../../integrity/index.ts';
import { bigPair, esc, markLines, moneyLine, pair, type LayoutOptions } from './markup.ts';

/** What the QR code carries: the receipt number and its entry's place and hash in the chain, an outside anchor (`verify --receipt`). */
export function receiptQrData(model: ReceiptModel): string {
  return receiptQrText(model.receiptNo, model.paymentId, model.chainHash);
}

export function receiptLayout(model: ReceiptModel, options: LayoutOptions): string {
  const { t, width } = options;
  const header = width === 80 ? '{width:12,*}' : '{width:auto}';
  const title = model.reversalOf ? t('printing:paper.reversalTitle') : t('printing:paper.receiptTitle');
  const lines: string[] = [
    `^^"${esc(model.companyName)}"`,
    esc(model.branchName),
    `^^^${esc(title)}`,
    ...markLines(options),
    '---',
    header,
    pair(t('printing:paper.receiptNo'), model.receiptNo, width),
    pair(t('printing:paper.window'), `${t('printing:paper.windowNo', { n: model.windowNo })}  ${t('printing:paper.cashier')} ${model.cashier.code}`, width),
    pair(t('printing:paper.time'), localDateTimeOf(new Date(model.issuedAt), model.timeZone), width),
    pair(t('printing:paper.accountNo'), model.account.accountNo, width),
    pair(t('printing:paper.name'), model.account.name, width),
    '{width:auto}',
    `|${esc(t('printing:paper.address'))} ${esc(model.account.address)}`,
  ];
  if (model.reversalOf) {
    lines.push(header, pair(t('printing:paper.reverses'), model.reversalOf.receiptNo, width), '{width:auto}', `|${esc(t('printing:paper.reason'))} ${esc(model.reversalOf.reason)}`);
  }
  lines.push('---', '{width:*,14}');
  for (const line of model.lines) {
    const label = line.season && !line.label.includes(line.season) ? `${line.season} ${line.label}` : line.label;
    lines.push(...moneyLine(label, formatMoney(line.amountFen), width));
    if (line.detail) lines.push('{width:auto}', `|~~${esc(line.detail)}`);
  }
  // The 大写 is written from the figure beside it, so both carry the same sign (负 on a reversal).
  lines.push('---', bigPair(t('printing:paper.total'), formatMoney(model.totalFen), width), '{width:auto}', `|${esc(t('printing:paper.capitals'))} ${esc(toChineseCapital(model.totalFen))}`, '{width:*,14}');
  for (const tender of model.tenders) {
    const name = t(`printing:paper.tender.${tender.method}`);
    lines.push(...moneyLine(tender.reference ? `${name} ${tender.reference}` : name, formatMoney(tender.amountFen), width));
  }
  lines.push('{width:*,14}');
  if (model.cashReceivedFen > 0) {
    lines.push(...moneyLine(t('printing:paper.received'), formatMoney(model.cashReceivedFen), width), ...moneyLine(t('printing:paper.change'), formatMoney(model.changeFen), width));
  }
  lines.push(
    '---',
    '{width:auto}',
    `{code:${receiptQrData(model).replace(/[\\|{};]/g, (c) => `\\${c}`)};option:qrcode,5,m}`,
    `${esc(t('printing:paper.verify'))} ${esc(model.verificationCode)}`,
    `${esc(t('printing:paper.hotline'))} ${esc(model.hotline)}`,
    esc(t('printing:paper.notInvoice')),
  );
  return lines.join('\n');
}

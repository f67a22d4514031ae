// 交班报表 and 日结汇总: the shift report and the day summary (filled in by the shifts
// and day-close modules; laid out here so they print like every other paper).
import type { DaySummaryModel, ShiftReportModel } from '../../../../shared/print-models.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { localDateTimeOf } from '../../../../shared/seasons.ts';
import { bigPair, esc, heading, markLines, pair, type LayoutOptions } from './markup.ts';

type TenderTotals = ShiftReportModel['byMethod'];

function methodLines(byMethod: TenderTotals, options: LayoutOptions): string[] {
  return byMethod.map((m) => pair(`${options.t(`printing:paper.tender.${m.method}`)} ${options.t('printing:paper.count', { n: m.count })}`, formatMoney(m.amountFen)));
}

export function shiftReportLayout(model: ShiftReportModel, options: LayoutOptions): string {
  const { t } = options;
  const diff = model.differenceFen;
  const diffLabel = diff > 0 ? t('printing:paper.overage') : diff < 0 ? t('printing:paper.shortage') : t('printing:paper.even');
  return [
    esc(model.branchName),
    `^^^${esc(t('printing:paper.shiftTitle'))}`,
    ...markLines(options),
    '---',
    options.width === 80 ? '{width:12,*}' : '{width:auto}',
    pair(t('printing:paper.window'), t('printing:paper.windowNo', { n: model.windowNo }), options.width),
    pair(t('printing:paper.cashier'), `${model.cashier.code} ${model.cashier.name}`, options.width),
    pair(t('printing:paper.opened'), localDateTimeOf(new Date(model.openedAt), model.timeZone), options.width),
    pair(t('printing:paper.closed'), localDateTimeOf(new Date(model.closedAt), model.timeZone), options.width),
    pair(t('printing:paper.receipts'), `${model.receipts.first ?? '—'} … ${model.receipts.last ?? '—'}`, options.width),
    pair(`${t('printing:paper.receipts')} / ${t('printing:paper.reversals')}`, `${model.receipts.count} / ${model.receipts.reversals}`, options.width),
    '---',
    heading(t('printing:paper.byMethod')),
    ...methodLines(model.byMethod, options),
    '---',
    pair(t('printing:paper.float'), formatMoney(model.floatFen)),
    pair(t('printing:paper.expectedCash'), formatMoney(model.expectedCashFen)),
    pair(t('printing:paper.countedCash'), formatMoney(model.countedCashFen)),
    bigPair(diffLabel, formatMoney(diff), options.width),
  ].join('\n');
}

export function daySummaryLayout(model: DaySummaryModel, options: LayoutOptions): string {
  const { t } = options;
  return [
    `^^"${esc(model.companyName)}"`,
    esc(model.branchName),
    `^^^${esc(t('printing:paper.dayTitle'))}`,
    ...markLines(options),
    '---',
    options.width === 80 ? '{width:12,*}' : '{width:auto}',
    pair(t('printing:paper.businessDate'), model.businessDate, options.width),
    pair(t('printing:paper.closedBy'), `${model.closedBy.code} ${model.closedBy.name}`, options.width),
    pair(t('printing:paper.time'), localDateTimeOf(new Date(model.closedAt), model.timeZone), options.width),
    '---',
    heading(t('printing:paper.byMethod')),
    ...methodLines(model.byMethod, options),
    '---',
    heading(t('printing:paper.byCashier')),
    ...model.byCashier.map((c) => pair(`${c.code} ${c.name} ${t('printing:paper.count', { n: c.count })}`, formatMoney(c.amountFen))),
    '---',
    heading(t('printing:paper.byItem')),
    ...model.byItem.map((i) => pair(i.label, formatMoney(i.amountFen))),
    '---',
    pair(t('printing:paper.vatExempt'), formatMoney(model.vatExemptFen)),
    pair(t('printing:paper.taxable'), formatMoney(model.taxableFen)),
    bigPair(t('printing:paper.total'), formatMoney(model.totalFen), options.width),
    pair(t('printing:paper.receipts'), String(model.receiptsChecked)),
    pair(t('printing:paper.gaps'), String(model.receiptGaps)),
    ...(model.chainHead ? ['---', esc(`${t('printing:paper.chainHead')} ${model.chainHead}`)] : []),
  ].join('\n');
}

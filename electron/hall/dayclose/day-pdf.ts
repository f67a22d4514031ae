// The day report as a PDF for the branch to file and hand on: the totals (by tender, cashier,
// window, fee item, tax category, cash movements), for a closed day the running month, year and
// grand totals with the chain head the Z report anchors the ledger by, the shifts with their
// over/short, the queue and ratings, the invoice requests, and two charts (payments by hour,
// customers waiting by hour). Written in the requesting manager's language.
//
// pdfkit embeds only the glyphs the document uses from the bundled CJK font (fonts.ts), so a
// report stays tens of kilobytes. The font is parsed once (fontkit) and handed to every
// document: parsing its tables again for each report was a third of a report's time. The charts are the same ECharts options the manager screen
// draws (shared/day-charts.ts), rendered to SVG in the hall and drawn into the page as vectors
// by svg-to-pdfkit. All three libraries load on the first report, not at hall start-up.
import type { DayReport, ZReport } from '../../../shared/api/dayclose.api.ts';
import type { Locale } from '../../../shared/i18n/index.ts';
import type { Font } from 'fontkit';
import { formatYuan } from '../../../shared/money.ts';
import { formatHallTime } from '../../../shared/hall-time.ts';
import { busyHours, everyHour, paymentsOption, waitingOption } from '../../../shared/day-charts.ts';
import { translator } from '../i18n.ts';
import { cjkFont } from '../fonts.ts';

type Doc = PDFKit.PDFDocument;
type Align = 'left' | 'right' | 'center';
interface Column {
  header: string;
  /** share of the text width */
  width: number;
  align?: Align;
}

const MARGIN = 40;
const ROW = 15;
const FONT = 'cjk';
const CHART = { width: 515, height: 190 };

export async function dayReportPdf(report: DayReport | ZReport, locale: Locale, madeAt: Date): Promise<Buffer> {
  const [{ default: PDFDocument }, { default: SVGtoPDF }, charts, font] = await Promise.all([import('pdfkit'), import('svg-to-pdfkit'), loadCharts(), parsedFont()]);
  const tr = translator(locale);
  const t = (key: string, params: Record<string, unknown> = {}) => String(tr(`dayclose:${key}`, params as never));
  const yuan = (fen: number) => formatYuan(fen);
  const time = (at: string) => formatHallTime(at, report.timeZone, 'time', locale);
  const title = `${report.branchName} ${t('pdf.title')} ${report.date}`;

  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: null as unknown as string, // no standard font: every word is drawn with the CJK font
    bufferPages: true,
    info: { Title: title, Author: report.branchName, Creator: 'CounterDesk', CreationDate: madeAt },
  });
  doc.registerFont(FONT, font as never); // pdfkit takes a parsed fontkit font as well as the file's bytes
  doc.font(FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const inner = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 14; // room for the page number
  const room = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    room(18 + 2 * ROW);
    doc.moveDown(0.6).fontSize(11.5).fillColor('#1f3b63').text(text, MARGIN, doc.y).fillColor('black').moveDown(0.25);
  };
  const line = (text: string, size = 9.5) => {
    room(ROW);
    doc.fontSize(size).text(text, MARGIN, doc.y, { width: inner });
  };
  const table = (columns: Column[], rows: string[][]) => {
    const widths = columns.map((c) => c.width * inner);
    const drawRow = (cells: string[], header: boolean) => {
      const y = doc.y;
      if (header) doc.rect(MARGIN, y - 2, inner, ROW).fill('#e8eef6').fillColor('black');
      let x = MARGIN;
      doc.fontSize(header ? 8.5 : 9);
      cells.forEach((cell, i) => {
        doc.text(cell, x + 3, y + 1, { width: widths[i]! - 6, height: ROW, align: columns[i]!.align ?? 'left', lineBreak: false, ellipsis: true });
        x += widths[i]!;
      });
      doc.moveTo(MARGIN, y + ROW - 2).lineTo(MARGIN + inner, y + ROW - 2).lineWidth(0.4).strokeColor('#b8c2d0').stroke();
      doc.y = y + ROW;
    };
    drawRow(columns.map((c) => c.header), true);
    for (const row of rows) {
      if (doc.y + ROW > bottom()) {
        doc.addPage();
        drawRow(columns.map((c) => c.header), true);
      }
      drawRow(row, false);
    }
    if (rows.length === 0) line(t('pdf.none'));
  };
  const chart = (caption: string, option: object | null) => {
    room(30 + (option ? CHART.height : ROW)); // the caption stays on the chart's page
    heading(caption);
    if (!option) return line(t('pdf.noData'));
    const top = doc.y;
    SVGtoPDF(doc, charts.svg(option), MARGIN, top, { ...CHART, assumePt: true, fontCallback: () => FONT });
    doc.font(FONT);
    doc.x = MARGIN;
    doc.y = top + CHART.height;
  };
  const amountCols = (first: string): Column[] => [
    { header: first, width: 0.6 },
    { header: t('pdf.cols.count'), width: 0.15, align: 'right' },
    { header: t('pdf.cols.amount'), width: 0.25, align: 'right' },
  ];

  // heading and the day's figures
  doc.fontSize(17).text(title, { width: inner });
  doc.fontSize(9.5).fillColor('#444').text(`${t(`pdf.kinds.${report.kind}`)}  ·  ${t('pdf.madeAt', { at: formatHallTime(report.madeAt, report.timeZone, 'dateTime', locale) })}`).fillColor('black');
  doc.moveDown(0.5);
  doc.fontSize(12).text(`${t('totals.head', { payments: report.payments, reversals: report.reversals })} ${yuan(report.totalFen)} ${t('pdf.yuan')}`);
  if ('periods' in report) {
    heading(t('pdf.periods'));
    table(
      [
        { header: t('pdf.cols.name'), width: 0.6 },
        { header: t('pdf.cols.amount'), width: 0.4, align: 'right' },
      ],
      [
        [t('wizard.monthTotal', { month: report.periods.month.month }), yuan(report.periods.month.totalFen)],
        [t('wizard.yearTotal', { year: report.periods.year.year }), yuan(report.periods.year.totalFen)],
        [t('wizard.grandTotal'), yuan(report.periods.grandTotalFen)],
      ],
    );
    line(t('pdf.closedBy', { code: report.closedBy.code, name: report.closedBy.name }));
    line(t('wizard.checks.ledger', { entries: report.check.entriesChecked, receipts: report.check.receiptsChecked }));
    heading(t('wizard.chainHead'));
    line(`#${report.chainHead.seq}`, 10);
    line(report.chainHead.hash, 8.5);
  }

  heading(t('totals.byTender'));
  table(amountCols(t('pdf.cols.tender')), report.byTender.map((r) => [String(tr(`shifts:tender.${r.method}`)), String(r.count), yuan(r.amountFen)]));
  heading(t('totals.byCashier'));
  table(amountCols(t('totals.shiftCols.cashier')), report.byCashier.map((r) => [`${r.code} ${r.name}`, String(r.count), yuan(r.amountFen)]));
  heading(t('totals.byWindow'));
  table(amountCols(t('totals.shiftCols.window')), report.byWindow.map((r) => [t('totals.window', { n: r.windowNo }), String(r.count), yuan(r.amountFen)]));
  heading(t('totals.byItem'));
  table(
    [
      { header: t('pdf.cols.item'), width: 0.5 },
      { header: t('pdf.cols.taxCategory'), width: 0.25 },
      { header: t('pdf.cols.amount'), width: 0.25, align: 'right' },
    ],
    // counter items are named as the branch's catalogue names them; the rest are words of the catalogues
    report.byItem.map((r) => [r.item.startsWith('item:') ? r.label : t(`items.${r.item}`), t(`totals.tax.${r.taxCategory}`), yuan(r.amountFen)]),
  );
  heading(t('totals.byTax'));
  table(
    [
      { header: t('pdf.cols.taxCategory'), width: 0.75 },
      { header: t('pdf.cols.amount'), width: 0.25, align: 'right' },
    ],
    [
      [t('totals.tax.vatExempt'), yuan(report.byTax.vatExemptFen)],
      [t('totals.tax.taxable'), yuan(report.byTax.taxableFen)],
    ],
  );
  heading(t('totals.cash'));
  const cash = report.cash;
  table(
    [
      { header: t('pdf.cols.name'), width: 0.75 },
      { header: t('pdf.cols.amount'), width: 0.25, align: 'right' },
    ],
    Object.entries({ float: cash.floatFen, topUps: cash.topUpsFen, drops: cash.dropsFen, deposits: cash.depositsFen, overage: cash.overageFen, shortage: cash.shortageFen }).map(([key, fen]) => [t(`totals.cashRows.${key}`), yuan(fen)]),
  );
  heading(t('totals.shifts'));
  table(
    [
      { header: t('totals.shiftCols.window'), width: 0.1, align: 'center' },
      { header: t('totals.shiftCols.cashier'), width: 0.22 },
      { header: t('totals.shiftCols.time'), width: 0.18 },
      { header: t('totals.shiftCols.difference'), width: 0.16, align: 'right' },
      { header: t('totals.shiftCols.note'), width: 0.34 },
    ],
    report.shifts.map((s) => [
      String(s.windowNo),
      `${s.cashier.code} ${s.cashier.name}`,
      `${time(s.openedAt)}–${s.closedAt ? time(s.closedAt) : t('totals.stillOpen')}`,
      s.differenceFen === null ? '' : `${s.differenceFen > 0 ? '+' : ''}${yuan(s.differenceFen)}`,
      s.note ?? '',
    ]),
  );

  const payments = everyHour(report.byHour);
  chart(t('pdf.charts.payments'), payments.length ? paymentsOption(tr, payments) : null);
  const waiting = busyHours(report.queue.waitingByHour);
  chart(t('pdf.charts.waiting'), waiting.length ? waitingOption(tr, waiting) : null);

  heading(t('pdf.queue'));
  const q = report.queue;
  line(t('totals.queue', { issued: q.issued, served: q.served, noShows: q.noShows, avg: Math.round(q.avgWaitSec / 60) }));
  line(t('totals.ratings', { rated: report.ratings.rated, satisfied: report.ratings.satisfied }));

  heading(`${t('pdf.invoices')} (${report.invoiceRequests.length})`);
  table(
    [
      { header: t('pdf.cols.receipt'), width: 0.16 },
      { header: t('pdf.cols.amount'), width: 0.14, align: 'right' },
      { header: t('pdf.cols.payerType'), width: 0.08 },
      { header: t('pdf.cols.payer'), width: 0.22 },
      { header: t('pdf.cols.taxNo'), width: 0.2 },
      { header: t('pdf.cols.contact'), width: 0.2 },
    ],
    report.invoiceRequests.map((r) => [r.receiptNo, yuan(r.amountFen), t(`pdf.payerTypes.${r.payerType}`), r.payerName, r.taxNo ?? '', r.email ?? r.phone ?? '']),
  );

  // page numbers, once the number of pages is known
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the margin would otherwise start a new page
    doc.fontSize(8).fillColor('#666').text(`${title} · ${t('pdf.page', { n: i + 1, of: pages.count })}`, MARGIN, doc.page.height - MARGIN + 6, { width: inner, align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

let parsed: Promise<Font> | null = null;

/** The CJK font parsed once for the life of the hall (it never changes while the hall runs). */
function parsedFont() {
  parsed ??= import('fontkit').then((fontkit) => fontkit.create(cjkFont()));
  return parsed;
}

/** ECharts in the hall: rendered to an SVG string, no DOM; each chart disposed once drawn (a live chart keeps the process alive). */
async function loadCharts() {
  const [echarts, { BarChart, LineChart }, { GridComponent, LegendComponent }, { SVGRenderer }] = await Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]);
  echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);
  return {
    svg(option: object): string {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART });
      try {
        // the screen's options carry a tooltip (no component here: nothing to hover on paper)
        const { tooltip: _hover, ...paper } = option as { tooltip?: unknown };
        chart.setOption({ ...paper, textStyle: { fontFamily: FONT } });
        return chart.renderToSVGString();
      } finally {
        chart.dispose();
      }
    },
  };
}

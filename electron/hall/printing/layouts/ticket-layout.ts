// 排队号: the kiosk's ticket slip. The number is the biggest thing on it.
import type { TicketSlipModel } from '../../../../shared/print-models.ts';
import { localDateTimeOf } from '../../../../shared/seasons.ts';
import { esc, markLines, type LayoutOptions } from './markup.ts';

export function ticketLayout(model: TicketSlipModel, options: LayoutOptions): string {
  const { t } = options;
  const lane = model.lane === 'priority' ? t('printing:paper.priorityLane') : t('printing:paper.normalLane');
  return [
    esc(model.branchName),
    esc(t('printing:paper.ticketTitle')),
    ...markLines(options),
    `^^^^^^${esc(model.ticketNo)}`,
    `^^${esc(model.serviceName)}（${esc(lane)}）`,
    `${options.width === 80 ? '^' : '^^'}${esc(t('printing:paper.waitingAhead', { n: model.waitingAhead }))}`,
    esc(localDateTimeOf(new Date(model.issuedAt), model.timeZone)),
    '---',
    esc(model.missedCallNotice),
  ].join('\n');
}

// The banner shows the hall as it is now, from the board: not the voice's backlog.
import { describe, expect, it } from 'vitest';
import { presentCall } from '../../renderer/display/present-call.ts';
import type { Board } from '../../shared/api/queue.api.ts';

type W = Board['windows'][number];
const open = (windowNo: number, ticketNo: string | null, status: 'called' | 'serving' = 'called'): W => ({
  windowNo,
  status: 'open',
  current: ticketNo ? { ticketNo, serviceCode: 'A', lane: ticketNo.startsWith('Y') ? 'priority' : 'normal', status } : null,
  pause: null,
});
const paused = (windowNo: number): W => ({ windowNo, status: 'paused', current: null, pause: { reason: 'handover', note: null, redirectWindow: 2, expectedBack: null } });
const recent = (...calls: Array<[string, number]>) => calls.map(([ticketNo, windowNo], i) => ({ ticketNo, windowNo, at: `2026-11-23T02:00:0${9 - i}.000Z`, lane: ticketNo.startsWith('Y') ? ('priority' as const) : ('normal' as const) }));
const courtesyLine = '请允许我先为这位老人办理，谢谢';

describe('present call', () => {
  it('is the latest call still awaiting its customer, with the courtesy line for priority', () => {
    expect(presentCall({ recentCalls: recent(['Y001', 1], ['A002', 2]), windows: [open(1, 'Y001'), open(2, 'A002')], courtesyLine })).toMatchObject({ ticketNo: 'Y001', windowNo: 1, priority: true, courtesyLine });
  });

  it('window 1 paused after calling Y001: the banner no longer says "请 Y001 号到 1 号窗口"', () => {
    expect(presentCall({ recentCalls: recent(['Y001', 1]), windows: [paused(1), open(2, null)], courtesyLine })).toBeNull();
    expect(presentCall({ recentCalls: recent(['Y001', 1], ['A002', 2]), windows: [paused(1), open(2, 'A002')], courtesyLine })).toMatchObject({ ticketNo: 'A002', windowNo: 2, courtesyLine: null });
  });

  it('a call whose customer arrived, or whose window moved on, is not shown; nothing called yet shows nothing', () => {
    expect(presentCall({ recentCalls: recent(['A003', 1], ['A002', 2]), windows: [open(1, 'A003', 'serving'), open(2, 'A004')], courtesyLine })).toBeNull();
    expect(presentCall({ recentCalls: [], windows: [open(1, null)], courtesyLine })).toBeNull();
  });
});

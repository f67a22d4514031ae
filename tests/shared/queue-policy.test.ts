import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseNext, type Candidate } from '../../shared/queue-policy.ts';
import { announcementClips, announcementText, spokenNumber, spokenTicket } from '../../shared/announcement.ts';

const MIN = 60_000;
const policy = { maxWaitMs: 30 * MIN, priorityStreak: 2 };
const c = (id: number, lane: 'normal' | 'priority', placedMin: number): Candidate => ({ id, lane, placedAt: placedMin * MIN });

describe('calling policy', () => {
  it.each([
    ['nobody waits', [], 0, 0, null],
    ['only normal', [c(1, 'normal', 0)], 10, 0, { id: 1, rule: 'normal' }],
    ['priority first', [c(1, 'normal', 0), c(2, 'priority', 5)], 10, 0, { id: 2, rule: 'priority' }],
    ['oldest priority first', [c(2, 'priority', 5), c(3, 'priority', 4)], 10, 0, { id: 3, rule: 'priority' }],
    ['after K priority calls a normal one', [c(1, 'normal', 0), c(2, 'priority', 5)], 10, 2, { id: 1, rule: 'streakLimit' }],
    ['a normal ticket past the bound goes first', [c(1, 'normal', 0), c(2, 'priority', 25)], 31, 0, { id: 1, rule: 'overdueNormal' }],
    ['both past the bound: the older first', [c(1, 'normal', 10), c(2, 'priority', 0)], 45, 0, { id: 2, rule: 'bothOverdue' }],
  ] as const)('%s', (_name, candidates, nowMin, streak, expected) => {
    expect(chooseNext([...candidates], nowMin * MIN, streak, policy)).toEqual(expected);
  });

  it('never calls a priority ticket issued after a normal ticket that has waited past the bound', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ lane: fc.constantFrom('normal', 'priority'), placed: fc.integer({ min: 0, max: 120 }) }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 5 }), (xs, now, streak) => {
        const candidates = xs.map((x, i) => c(i + 1, x.lane as 'normal' | 'priority', Math.min(x.placed, now)));
        const choice = chooseNext(candidates, now * MIN, streak, policy)!;
        const picked = candidates.find((x) => x.id === choice.id)!;
        // always someone, and always the head of one of the two lanes
        const heads = ['normal', 'priority'].map((lane) => candidates.filter((x) => x.lane === lane).sort((a, b) => a.placedAt - b.placedAt || a.id - b.id)[0]).filter(Boolean);
        expect(heads).toContainEqual(picked);
        if (picked.lane === 'priority') {
          const overdueOlderNormal = candidates.some((x) => x.lane === 'normal' && now * MIN - x.placedAt >= policy.maxWaitMs && x.placedAt < picked.placedAt);
          expect(overdueOlderNormal).toBe(false);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('announcements', () => {
  it('reads the ticket digit by digit and the window as a number', () => {
    expect(spokenTicket('A023')).toEqual(['A', '零', '二', '三']);
    expect([1, 3, 10, 12, 20, 23, 99].map(spokenNumber)).toEqual(['一', '三', '十', '十二', '二十', '二十三', '九十九']);
    expect(announcementText({ ticketNo: 'A023', windowNo: 3, priority: false, courtesyLine: null })).toBe('请 A 零 二 三 号到 三 号窗口办理');
    expect(announcementText({ ticketNo: 'Y005', windowNo: 12, priority: true, courtesyLine: '请允许我先为这位老人办理，谢谢' })).toBe('请 Y 零 零 五 号到 十二 号窗口办理。请允许我先为这位老人办理，谢谢');
  });
  it('lists the recorded clips in speaking order, chime first, courtesy last for priority', () => {
    expect(announcementClips({ ticketNo: 'A023', windowNo: 3, priority: false, courtesyLine: null })).toEqual(['chime', 'qing', 'letter-A', 'digit-0', 'digit-2', 'digit-3', 'hao-dao', 'digit-3', 'hao-chuangkou-banli']);
    expect(announcementClips({ ticketNo: 'Y105', windowNo: 12, priority: true, courtesyLine: 'x' })).toEqual(['chime', 'qing', 'letter-Y', 'digit-1', 'digit-0', 'digit-5', 'hao-dao', 'digit-10', 'digit-2', 'hao-chuangkou-banli', 'courtesy']);
  });
});

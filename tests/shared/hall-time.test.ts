// Times in the hall's zone whatever the screen's computer believes (the test process runs in
// whatever zone CI has; the answers must not change with it).
import { describe, expect, it } from 'vitest';
import { formatHallTime } from '../../shared/hall-time.ts';

describe('hall time', () => {
  it('formats an instant in the hall zone, not the machine zone', () => {
    const instant = '2026-11-23T04:27:00.000Z';
    expect(formatHallTime(instant, 'Asia/Shanghai')).toBe('12:27');
    expect(formatHallTime(instant, 'Asia/Shanghai', 'timeWithSeconds')).toBe('12:27:00');
    expect(formatHallTime(instant, 'Asia/Urumqi')).toBe('10:27');
    expect(formatHallTime(new Date(instant), 'Asia/Shanghai', 'dateTime', 'en')).toContain('12:27');
    expect(formatHallTime(Date.parse('2026-11-23T16:30:00.000Z'), 'Asia/Shanghai', 'date')).toBe('2026/11/24');
  });
});

import { describe, expect, it } from 'vitest';
import { instantInHallZone } from '../../shared/hall-time.ts';

describe('instantInHallZone', () => {
  it('reads a typed time in the hall’s zone, not the screen’s', () => {
    expect(instantInHallZone('2026-11-24', '09:00', 'Asia/Shanghai')).toBe('2026-11-24T01:00:00.000Z');
    expect(instantInHallZone('2026-11-24', '00:30', 'Asia/Shanghai')).toBe('2026-11-23T16:30:00.000Z');
    expect(instantInHallZone('2027-03-28', '03:30', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z'); // after the spring change
    expect(instantInHallZone('2027-01-10', '12:00', 'UTC')).toBe('2027-01-10T12:00:00.000Z');
  });
});

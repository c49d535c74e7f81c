import { describe, expect, it } from 'vitest';
import { formatters, ratioText } from './format';

const TUESDAY = Math.floor(Date.UTC(2025, 2, 4) / 86_400_000);

describe('locale formatting', () => {
  it('groups numbers and writes decimals as each language does', () => {
    expect(formatters('en').number(12345.67)).toBe('12,345.7');
    expect(formatters('ru').number(12345.67)).toBe('12\u00a0345,7');
    expect(formatters('fi').number(12345.67)).toBe('12\u00a0345,7');
    expect(formatters('sv').number(12345.67)).toBe('12\u00a0345,7');
    expect(ratioText(formatters('en'), 2.54)).toBe('2.5');
    expect(ratioText(formatters('en'), 12.6)).toBe('13');
  });

  it('names the weekday of a UTC day in the reader’s language', () => {
    expect(formatters('en').dayLong(TUESDAY)).toBe('Tuesday, March 4, 2025');
    expect(formatters('ru').dayLong(TUESDAY)).toContain('вторник');
    expect(formatters('fi').dayLong(TUESDAY)).toContain('tiistai');
    expect(formatters('sv').dayLong(TUESDAY)).toContain('tisdag');
    expect(formatters('fi').isoDay(TUESDAY)).toBe('2025-03-04');
  });

  it('writes durations in the unit that reads naturally', () => {
    const en = formatters('en');
    expect(en.duration(20_000)).toBe('20 seconds');
    expect(en.duration(45 * 60_000)).toBe('45 minutes');
    expect(en.duration(5 * 3_600_000)).toBe('5 hours');
    expect(en.duration(3 * 86_400_000)).toBe('3 days');
    expect(formatters('fi').duration(45 * 60_000)).toBe('45 minuuttia');
    expect(formatters('sv').duration(5 * 3_600_000)).toBe('5 timmar');
    expect(formatters('ru').duration(5 * 3_600_000)).toBe('5 часов');
  });
});

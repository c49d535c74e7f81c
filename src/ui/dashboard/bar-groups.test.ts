import { describe, expect, it } from 'vitest';
import { barGroupLayout, barXRange, xStep } from './bar-groups';

const WEEK = 7 * 86_400;
const weeks = [0, WEEK, 2 * WEEK, 3 * WEEK].map((x) => 1_000 * 86_400 + x);

describe('grouped bars', () => {
  it('puts two series side by side within each week, neither overlapping the other nor the next week', () => {
    const step = xStep(weeks, 86_400);
    expect(step).toBe(WEEK);
    const listened = barGroupLayout(weeks, 2, 0, step);
    const replied = barGroupLayout(weeks, 2, 1, step);
    expect(listened.width).toBe(replied.width);
    weeks.forEach((x, i) => {
      const a = listened.left[i] as number;
      const b = replied.left[i] as number;
      expect(a + listened.width).toBeCloseTo(b);
      expect(a).toBeLessThan(x);
      expect(b + replied.width).toBeGreaterThan(x);
      expect((a + b + replied.width) / 2).toBeCloseTo(x);
      if (i + 1 < weeks.length) expect(b + replied.width).toBeLessThan(listened.left[i + 1] as number);
    });
  });

  it('uses the smallest gap when weeks are missing, and the fallback for a single point', () => {
    expect(xStep([0, WEEK, 4 * WEEK], 1)).toBe(WEEK);
    expect(xStep([5 * WEEK], 86_400)).toBe(86_400);
  });

  it('widens the x range by half a step so the first and last groups are whole', () => {
    expect(barXRange(weeks, WEEK)).toEqual([(weeks[0] as number) - WEEK / 2, (weeks[3] as number) + WEEK / 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { score } from './scores';

describe('score', () => {
  it('gives 1 for a perfect match', () => {
    const s = score(['a', 'b', 'b'], ['a', 'b', 'b'], ['a', 'b']);
    expect(s.accuracy).toBe(1);
    expect(s.macroF1).toBe(1);
  });

  it('averages F1 over labels, so a rare label counts as much as a common one', () => {
    // a: tp 0, fn 1 → F1 0; b: tp 3, fp 1 → F1 6/7.
    const s = score(['a', 'b', 'b', 'b'], ['b', 'b', 'b', 'b'], ['a', 'b']);
    expect(s.accuracy).toBe(0.75);
    expect(s.perLabel).toEqual({ a: 0, b: 6 / 7 });
    expect(s.macroF1).toBeCloseTo(3 / 7, 10);
  });

  it('skips labels absent from both gold and predictions', () => {
    const s = score(['a'], ['a'], ['a', 'b', 'c']);
    expect(Object.keys(s.perLabel)).toEqual(['a']);
    expect(s.macroF1).toBe(1);
  });

  it('refuses lists of different length', () => {
    expect(() => score(['a'], [], ['a'])).toThrow();
  });
});

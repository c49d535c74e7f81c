import { describe, expect, it } from 'vitest';
import { pack, predict, strongestFor, train, unpack, type Example } from './naive-bayes';

const LABELS = ['up', 'down'] as const;
type L = (typeof LABELS)[number];
const examples: Example<L>[] = [
  { features: ['rise', 'gain', 'today'], label: 'up' },
  { features: ['rise', 'high', 'week'], label: 'up' },
  { features: ['gain', 'high', 'today'], label: 'up' },
  { features: ['fall', 'loss', 'today'], label: 'down' },
  { features: ['fall', 'low', 'week'], label: 'down' },
  { features: ['loss', 'low', 'once'], label: 'down' },
];
const options = { maxFeatures: 100, minDocs: 2, alpha: 0.5 };

describe('naive Bayes', () => {
  it('learns which features speak for which label', () => {
    const model = train(examples, LABELS, options);
    expect(predict(model, ['rise', 'high']).best).toBe('up');
    expect(predict(model, ['fall', 'week']).best).toBe('down');
    expect(strongestFor(model, ['rise', 'week', 'loss'], 'up', 3)).toEqual(['rise']);
  });

  it('keeps only features seen in enough posts, the most telling first', () => {
    const model = train(examples, LABELS, options);
    expect(model.weights.has('once')).toBe(false);
    const small = train(examples, LABELS, { ...options, maxFeatures: 2 });
    expect(small.weights.size).toBe(2);
    expect([...small.weights.keys()].some((f) => f === 'today' || f === 'week')).toBe(false);
  });

  it('falls back to the prior on features it does not know', () => {
    const model = train(examples, LABELS, options);
    const p = predict(model, ['unheard', 'of']);
    expect(p.known).toEqual([]);
    expect(p.posterior[0]).toBeCloseTo(0.5, 5);
  });

  it('packs into strings and back with the same decisions and nearly the same posteriors', () => {
    const model = train(examples, LABELS, options);
    const packed = pack(model);
    expect(packed.keys.split('|')).toEqual([...model.weights.keys()]);
    expect(packed.weights).toHaveLength(model.weights.size * LABELS.length);
    const back = unpack(packed, LABELS);
    for (const features of [['rise'], ['fall', 'low'], ['gain', 'loss', 'week'], ['today']]) {
      const a = predict(model, features);
      const b = predict(back, features);
      expect(b.best, features.join(' ')).toBe(a.best);
      expect(Math.abs(b.posterior[0]! - a.posterior[0]!)).toBeLessThan(0.1);
    }
  });
});

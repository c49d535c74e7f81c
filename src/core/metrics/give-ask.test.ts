import { describe, expect, it } from 'vitest';
import type { EventKind, JournalEvent } from '../journal';
import { giveAsk } from './give-ask';

const T = Date.UTC(2025, 2, 3, 9);
let n = 0;
function ev(kind: EventKind, postId: string, data?: Record<string, unknown>): JournalEvent {
  n += 1;
  return { id: `g${n}`, kind, at: T + n, day: 0, site: 'reddit', postId, labels: ['Acme'], ...(data ? { data } : {}) };
}

describe('giveAsk', () => {
  it('weighs helpful replies against asks and lists the ask cues', () => {
    const events = [
      ...Array.from({ length: 6 }, (_, i) => ev('inserted', `give${i}`)),
      ev('inserted', 'a1', { asks: ['own-link', 'cta'] }),
      ev('inserted', 'a2', { asks: ['own-link'] }),
      ev('copied', 'a3', { ask: true }),
      ev('listened', 'x'),
    ];
    const result = giveAsk(events);
    expect(result).toMatchObject({ give: 6, ask: 3, ratio: 2, belowTarget: true, target: 9 });
    expect(result.askCues).toEqual([
      { cue: 'own-link', count: 2 },
      { cue: 'ask', count: 1 },
      { cue: 'cta', count: 1 },
    ]);
    expect(result.sentence).toMatch(/below 9/);
  });

  it('counts a reply copied and then inserted from the same draft once', () => {
    const events = [ev('copied', 'p1', { draftId: 'd1' }), ev('inserted', 'p1', { draftId: 'd1' })];
    expect(giveAsk(events)).toMatchObject({ give: 1, ask: 0, ratio: null, belowTarget: false });
  });

  it('says when the rule of thumb is met', () => {
    const events = [...Array.from({ length: 9 }, (_, i) => ev('inserted', `g${i}`)), ev('inserted', 'a', { ask: true })];
    const result = giveAsk(events);
    expect(result.ratio).toBe(9);
    expect(result.belowTarget).toBe(false);
    expect(result.sentence).toMatch(/within the rule of thumb/);
  });
});

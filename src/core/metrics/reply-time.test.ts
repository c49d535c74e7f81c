import { describe, expect, it } from 'vitest';
import type { EventKind, JournalEvent } from '../journal';
import type { SiteId } from '../model';
import { formatDuration, replyTime } from './reply-time';
import type { PostFacts } from './reply-time';

const T = Date.UTC(2025, 2, 3, 9);
const MIN = 60_000;
let n = 0;
function ev(kind: EventKind, at: number, postId: string, site: SiteId = 'reddit'): JournalEvent {
  n += 1;
  return { id: `r${n}`, kind, at, day: 0, site, postId, labels: [] };
}

describe('replyTime', () => {
  it('measures from first notice to first reply, median overall, by site and by intent', () => {
    const events = [
      ev('seen', T, 'p1'),
      ev('listened', T + 5 * MIN, 'p1'),
      ev('inserted', T + 10 * MIN, 'p1'), // 10 min
      ev('inserted', T + 50 * MIN, 'p1'), // a later reply does not count
      ev('opened', T, 'p2'),
      ev('copied', T + 30 * MIN, 'p2'), // 30 min
      ev('seen', T, 'h1', 'hn'),
      ev('inserted', T + 120 * MIN, 'h1', 'hn'), // 120 min, but first seen earlier per posts table
      ev('listened', T, 'never-replied'),
    ];
    const posts = new Map<string, PostFacts>([
      ['hn\u0000h1', { firstSeen: T - 60 * MIN, intent: 'question' }], // → 180 min
      ['reddit\u0000p2', { firstSeen: T + MIN, intent: 'question' }], // later than the event: event wins
    ]);
    const result = replyTime(events, {}, posts);
    expect(result.replies).toBe(3);
    expect(result.medianMs).toBe(30 * MIN);
    expect(result.bySite).toEqual({
      reddit: { replies: 2, medianMs: 20 * MIN },
      hn: { replies: 1, medianMs: 180 * MIN },
    });
    expect(result.byIntent).toEqual({ question: { replies: 2, medianMs: 105 * MIN } });
    expect(result.sentence).toMatch(/within 30 min/);
    expect(result.sentence).toMatch(/Questions were answered in 2 h \(median of 2\)/);
  });

  it('has an empty state', () => {
    expect(replyTime([])).toMatchObject({ replies: 0, medianMs: null });
  });

  it('formats durations a person reads', () => {
    expect(formatDuration(20_000)).toBe('under a minute');
    expect(formatDuration(45 * MIN)).toBe('45 min');
    expect(formatDuration(5 * 60 * MIN)).toBe('5 h');
    expect(formatDuration(3 * 24 * 60 * MIN)).toBe('3 days');
  });
});

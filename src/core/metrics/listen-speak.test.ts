import { describe, expect, it } from 'vitest';
import type { EventKind, JournalEvent } from '../journal';
import { dayOf } from '../journal';
import { listenSpeak } from './listen-speak';

// Monday 2025-03-03, 09:00 UTC.
const MONDAY = Date.UTC(2025, 2, 3, 9);
const DAY = 86_400_000;
let n = 0;
function ev(kind: EventKind, at: number, postId: string, extra: Partial<JournalEvent> = {}): JournalEvent {
  n += 1;
  return { id: `e${n}`, kind, at, day: dayOf(at), site: 'reddit', postId, labels: ['Acme'], ...extra };
}

describe('listenSpeak', () => {
  it('counts distinct posts heard per reply, by week', () => {
    const events = [
      // week 1: 4 posts listened (one twice), 2 replies (one copied then inserted)
      ev('listened', MONDAY, 'p1'),
      ev('listened', MONDAY + 1000, 'p1'),
      ev('listened', MONDAY + DAY, 'p2'),
      ev('no-reply-needed', MONDAY + DAY, 'p3'),
      ev('listened', MONDAY + 2 * DAY, 'p4'),
      ev('copied', MONDAY + 2 * DAY, 'p1'),
      ev('inserted', MONDAY + 2 * DAY + 5000, 'p1'),
      ev('inserted', MONDAY + 3 * DAY, 'p2'),
      ev('seen', MONDAY + 3 * DAY, 'p9'),
      // week 2: 6 listened, 1 reply
      ...['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((id) => ev('listened', MONDAY + 7 * DAY, id)),
      ev('inserted', MONDAY + 8 * DAY, 'q1'),
    ];
    const result = listenSpeak(events);
    expect(result.listened).toBe(10);
    expect(result.spoke).toBe(3);
    expect(result.ratio).toBeCloseTo(10 / 3);
    expect(result.weeks).toEqual([
      { weekStart: dayOf(MONDAY), listened: 4, spoke: 2, ratio: 2 },
      { weekStart: dayOf(MONDAY) + 7, listened: 6, spoke: 1, ratio: 6 },
    ]);
    expect(result.trend).toBe('rising');
    expect(result.sentence).toMatch(/3\.3 posts for every reply/);
  });

  it('puts a Sunday-evening event in the viewer’s Monday week when the offset says so', () => {
    const sundayLate = MONDAY - 9 * 3_600_000 - 30 * 60_000; // Sunday 23:30 UTC
    const utc = listenSpeak([ev('listened', sundayLate, 'p1')]);
    const helsinki = listenSpeak([ev('listened', sundayLate, 'p1')], {}, { offsetMinutes: 120 });
    expect(utc.weeks[0]?.weekStart).toBe(dayOf(MONDAY) - 7);
    expect(helsinki.weeks[0]?.weekStart).toBe(dayOf(MONDAY));
  });

  it('ignores practice and filtered-out sites', () => {
    const events = [
      ev('listened', MONDAY, 'p1'),
      ev('inserted', MONDAY, 'p1', { data: { practice: true } }),
      ev('inserted', MONDAY, 'h1', { site: 'hn' }),
    ];
    const result = listenSpeak(events, { sites: ['reddit'] });
    expect(result).toMatchObject({ listened: 1, spoke: 0, ratio: null });
    expect(result.sentence).toMatch(/without replying/);
  });

  it('explains the empty state', () => {
    expect(listenSpeak([]).sentence).toMatch(/Nothing read or replied to yet/);
    expect(listenSpeak([]).trend).toBe('unknown');
  });
});

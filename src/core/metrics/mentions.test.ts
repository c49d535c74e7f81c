import { describe, expect, it } from 'vitest';
import { detectSpikes, mentionSeries, tallyPosts } from './mentions';
import type { TalliedPost } from './mentions';
import { dayToIso } from './time';

// Monday 2025-03-03 … ; the spike lands on Tuesday 2025-03-11.
const START = Date.UTC(2025, 2, 3, 12);
const DAY = 86_400_000;

function posts(day: number, count: number, extra: Partial<TalliedPost> = {}): TalliedPost[] {
  return Array.from({ length: count }, () => ({
    site: 'x' as const,
    labels: ['Acme'],
    firstSeen: START + day * DAY,
    sentiment: 'neutral' as const,
    intent: 'question' as const,
    ...extra,
  }));
}

describe('mention tallies and series', () => {
  it('counts each post once per label per day, with sentiment and intent, zero days filled', () => {
    const tallies = tallyPosts([
      ...posts(0, 2),
      ...posts(0, 1, { labels: ['Acme', 'Acme', 'Globex'], sentiment: 'negative', intent: 'complaint' }),
      ...posts(2, 1, { site: 'reddit', sentiment: 'positive', intent: 'praise' }),
    ]);
    const series = mentionSeries(tallies);
    expect(series.map((s) => [s.label, s.total])).toEqual([
      ['Acme', 4],
      ['Globex', 1],
    ]);
    const acme = series[0];
    expect(acme?.days.map((d) => d.total)).toEqual([3, 0, 1]);
    expect(acme?.days[0]?.sentiment).toMatchObject({ negative: 1, neutral: 2, positive: 0 });
    expect(acme?.days[0]?.intent).toMatchObject({ complaint: 1, question: 2 });
    expect(mentionSeries(tallies, { sites: ['reddit'] })[0]?.total).toBe(1);
    expect(mentionSeries(tallies, { labels: ['Globex'] }).map((s) => s.label)).toEqual(['Globex']);
  });

  it('keeps the requested range even when the edges are empty', () => {
    const tallies = tallyPosts(posts(1, 1));
    const series = mentionSeries(tallies, { from: Date.UTC(2025, 2, 3), to: Date.UTC(2025, 2, 6) });
    expect(series[0]?.days.map((d) => d.total)).toEqual([0, 1, 0]);
  });
});

describe('detectSpikes', () => {
  const week = [0, 1, 2, 3, 4, 5, 6].flatMap((day) => [
    ...posts(day, 4),
    ...posts(day, day % 2 === 0 ? 4 : 3, { sentiment: 'negative', intent: 'complaint' }),
  ]);
  const tuesday = [...posts(8, 4), ...posts(8, 12, { sentiment: 'negative', intent: 'complaint' })];
  const monday = [...posts(7, 4), ...posts(7, 4, { sentiment: 'negative', intent: 'complaint' })];

  it('calls out complaints that tripled on a Tuesday and nothing on an ordinary day', () => {
    const series = mentionSeries(tallyPosts([...week, ...monday, ...tuesday]));
    const spikes = detectSpikes(series);
    const complaint = spikes.find((s) => s.measure === 'complaint');
    expect(complaint).toBeDefined();
    expect(complaint?.label).toBe('Acme');
    expect(dayToIso(complaint?.day ?? 0)).toBe('2025-03-11');
    expect(complaint?.count).toBe(12);
    expect(complaint?.sentence).toBe(
      'Complaints about Acme tripled on Tuesday 2025-03-11: 12, against about 3.6 a day the week before.',
    );
    // total mentions went from ~7.5 to 16: about double, so it is reported as well; questions did not move
    expect(spikes.some((s) => s.measure === 'question')).toBe(false);
    expect(spikes.every((s) => dayToIso(s.day) === '2025-03-11')).toBe(true);
  });

  it('does not call a handful of posts after a quiet week a spike', () => {
    const series = mentionSeries(tallyPosts([...posts(0, 1), ...posts(8, 4, { intent: 'complaint' })]));
    expect(detectSpikes(series)).toEqual([]);
    const loud = mentionSeries(tallyPosts([...posts(0, 1), ...posts(8, 6, { intent: 'crisis' })]));
    expect(detectSpikes(loud).find((s) => s.measure === 'crisis')?.sentence).toMatch(/Angry posts about Acme appeared on Tuesday/);
  });
});

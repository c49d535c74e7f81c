// Mentions per watch item over time, with sentiment and intent, and the spikes worth telling
// someone about ("Complaints about Acme tripled on Tuesday").
//
// The journal keeps a daily tally per (UTC day, site, label) that is updated as posts are seen,
// so the chart never has to read every post, and the history survives retention of post text.
import { INTENTS, SENTIMENTS } from '../model';
import type { Intent, Sentiment, SiteId } from '../model';
import type { MetricFilter } from './filter';
import { dayToIso, localDay, weekdayName } from './time';

export type SentimentKey = Sentiment | 'unknown';
export type IntentKey = Intent | 'unknown';

export interface MentionTally {
  day: number;
  site: SiteId;
  label: string;
  total: number;
  sentiment: Record<SentimentKey, number>;
  intent: Record<IntentKey, number>;
}

export interface TalliedPost {
  site: SiteId;
  labels: readonly string[];
  firstSeen: number;
  sentiment?: Sentiment;
  intent?: Intent;
}

export function emptyTally(day: number, site: SiteId, label: string): MentionTally {
  const sentiment = Object.fromEntries([...SENTIMENTS, 'unknown'].map((k) => [k, 0])) as Record<SentimentKey, number>;
  const intent = Object.fromEntries([...INTENTS, 'unknown'].map((k) => [k, 0])) as Record<IntentKey, number>;
  return { day, site, label, total: 0, sentiment, intent };
}

export function tallyKey(day: number, site: SiteId, label: string): string {
  return `${day}\u0000${site}\u0000${label}`;
}

/** Adds (sign 1) or removes (sign -1) one post's mentions; labels repeated on a post count once. */
export function applyPost(
  tallies: Map<string, MentionTally>,
  post: TalliedPost,
  sign: 1 | -1,
  load: (day: number, site: SiteId, label: string) => MentionTally = emptyTally,
): void {
  const day = localDay(post.firstSeen);
  for (const label of new Set(post.labels)) {
    const key = tallyKey(day, post.site, label);
    const tally = tallies.get(key) ?? load(day, post.site, label);
    tally.total += sign;
    tally.sentiment[post.sentiment ?? 'unknown'] += sign;
    tally.intent[post.intent ?? 'unknown'] += sign;
    tallies.set(key, tally);
  }
}

/** Builds tallies from posts from scratch (migrations, imports, tests). */
export function tallyPosts(posts: Iterable<TalliedPost>): MentionTally[] {
  const tallies = new Map<string, MentionTally>();
  for (const post of posts) applyPost(tallies, post, 1);
  return [...tallies.values()].filter((tally) => tally.total > 0);
}

export interface MentionDay {
  day: number;
  total: number;
  sentiment: Record<SentimentKey, number>;
  intent: Record<IntentKey, number>;
}

export interface MentionSeries {
  label: string;
  total: number;
  /** One row per day from the first to the last day of the range, zeros included. */
  days: MentionDay[];
}

function dayBounds(tallies: readonly MentionTally[], filter: MetricFilter): [number, number] | undefined {
  const days = tallies.map((tally) => tally.day);
  const first = filter.from !== undefined ? localDay(filter.from) : Math.min(...days);
  const last = filter.to !== undefined ? localDay(filter.to - 1) : Math.max(...days);
  return Number.isFinite(first) && Number.isFinite(last) && first <= last ? [first, last] : undefined;
}

function emptyDay(day: number): MentionDay {
  const { total, sentiment, intent } = emptyTally(day, 'unknown', '');
  return { day, total, sentiment, intent };
}

/** Daily mentions per watch item, sites summed, busiest item first. */
export function mentionSeries(tallies: readonly MentionTally[], filter: MetricFilter = {}): MentionSeries[] {
  const chosen = tallies.filter(
    (tally) =>
      (!filter.sites || filter.sites.length === 0 || filter.sites.includes(tally.site)) &&
      (!filter.labels || filter.labels.length === 0 || filter.labels.includes(tally.label)),
  );
  const bounds = dayBounds(chosen, filter);
  if (!bounds) return [];
  const [first, last] = bounds;
  const byLabel = new Map<string, Map<number, MentionDay>>();
  for (const tally of chosen) {
    if (tally.day < first || tally.day > last) continue;
    const days = byLabel.get(tally.label) ?? new Map<number, MentionDay>();
    byLabel.set(tally.label, days);
    const row = days.get(tally.day) ?? emptyDay(tally.day);
    row.total += tally.total;
    for (const key of Object.keys(row.sentiment) as SentimentKey[]) row.sentiment[key] += tally.sentiment[key] ?? 0;
    for (const key of Object.keys(row.intent) as IntentKey[]) row.intent[key] += tally.intent[key] ?? 0;
    days.set(tally.day, row);
  }
  const series: MentionSeries[] = [];
  for (const [label, days] of byLabel) {
    const rows: MentionDay[] = [];
    for (let day = first; day <= last; day += 1) {
      rows.push(days.get(day) ?? emptyDay(day));
    }
    series.push({ label, total: rows.reduce((sum, row) => sum + row.total, 0), days: rows });
  }
  return series.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

export type SpikeMeasure = 'mentions' | 'negative' | 'complaint' | 'question' | 'crisis' | 'praise' | 'buying';

export interface Spike {
  label: string;
  measure: SpikeMeasure;
  day: number;
  count: number;
  /** Mean per day over the window before the spike. */
  baseline: number;
  /** count ÷ baseline; Infinity when the baseline was zero. */
  factor: number;
  sentence: string;
}

export interface SpikeOptions {
  /** Days before a day that make its baseline. */
  window?: number;
  /** How many times the baseline a day must reach. */
  factor?: number;
  /** Fewest posts on the day for it to be worth telling (3 posts after 1 is noise). */
  minCount?: number;
}

const MEASURES: readonly SpikeMeasure[] = ['mentions', 'negative', 'complaint', 'question', 'crisis', 'praise', 'buying'];

function countOf(row: MentionDay, measure: SpikeMeasure): number {
  if (measure === 'mentions') return row.total;
  if (measure === 'negative') return row.sentiment.negative;
  return row.intent[measure];
}

const SUBJECT: Record<SpikeMeasure, string> = {
  mentions: 'Mentions of',
  negative: 'Negative posts about',
  complaint: 'Complaints about',
  question: 'Questions about',
  crisis: 'Angry posts about',
  praise: 'Praise for',
  buying: 'Buying questions about',
};

function growthWord(factor: number): string {
  if (!Number.isFinite(factor)) return 'appeared';
  if (factor < 2.5) return 'doubled';
  if (factor < 3.5) return 'tripled';
  if (factor < 4.5) return 'quadrupled';
  return `rose ${Math.round(factor)}-fold`;
}

/** Days where a measure reached `factor` times its mean over the previous `window` days. */
export function detectSpikes(series: readonly MentionSeries[], options: SpikeOptions = {}): Spike[] {
  const window = options.window ?? 7;
  const minFactor = options.factor ?? 2;
  const minCount = options.minCount ?? 5;
  const spikes: Spike[] = [];
  for (const item of series) {
    for (const measure of MEASURES) {
      const counts = item.days.map((row) => countOf(row, measure));
      for (let index = window; index < counts.length; index += 1) {
        const count = counts[index] ?? 0;
        if (count < minCount) continue;
        const baseline = counts.slice(index - window, index).reduce((a, b) => a + b, 0) / window;
        const factor = baseline === 0 ? Infinity : count / baseline;
        if (factor < minFactor) continue;
        const day = item.days[index]?.day ?? 0;
        const about = baseline === 0 ? 'none the week before' : `about ${formatBaseline(baseline)} a day the week before`;
        spikes.push({
          label: item.label,
          measure,
          day,
          count,
          baseline,
          factor,
          sentence: `${SUBJECT[measure]} ${item.label} ${growthWord(factor)} on ${weekdayName(day)} ${dayToIso(day)}: ${count}, against ${about}.`,
        });
      }
    }
  }
  return spikes.sort((a, b) => b.factor - a.factor || b.count - a.count || a.day - b.day);
}

function formatBaseline(value: number): string {
  return value >= 10 ? Math.round(value).toString() : (Math.round(value * 10) / 10).toString();
}

/** base + delta for the same (day, site, label); base may be missing. */
export function addTallies(base: MentionTally | undefined, delta: MentionTally): MentionTally {
  const sum = emptyTally(delta.day, delta.site, delta.label);
  sum.total = (base?.total ?? 0) + delta.total;
  for (const key of Object.keys(sum.sentiment) as SentimentKey[]) {
    sum.sentiment[key] = (base?.sentiment[key] ?? 0) + delta.sentiment[key];
  }
  for (const key of Object.keys(sum.intent) as IntentKey[]) {
    sum.intent[key] = (base?.intent[key] ?? 0) + delta.intent[key];
  }
  return sum;
}

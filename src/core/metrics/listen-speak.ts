// listen:speak: posts the person read or listened to for each reply they put out.
// Listening counts even when no reply follows; a "no reply needed" decision is listening too.
import type { EventKind, JournalEvent } from '../journal';
import { isPractice, matchesFilter, postKey } from './filter';
import type { MetricFilter } from './filter';
import { localDay, weekStartDay } from './time';

export const LISTEN_KINDS: readonly EventKind[] = ['listened', 'no-reply-needed'];
export const SPEAK_KINDS: readonly EventKind[] = ['inserted', 'copied'];

export interface ListenSpeakWeek {
  /** Day number of the Monday starting the week. */
  weekStart: number;
  listened: number;
  spoke: number;
  /** listened ÷ spoke; null when nothing was said that week. */
  ratio: number | null;
}

export interface ListenSpeak {
  listened: number;
  spoke: number;
  ratio: number | null;
  weeks: ListenSpeakWeek[];
  /** "Rising" means more listening per reply in the latest weeks than in the earlier ones. */
  trend: 'rising' | 'falling' | 'steady' | 'unknown';
  sentence: string;
}

export interface ListenSpeakOptions {
  offsetMinutes?: number;
  /** Ratio at or above which the habit is healthy. */
  target?: number;
}

/**
 * Each post counts once on each side, in the week of its first listen and of its first reply:
 * opening a post five times is one listen.
 */
export function listenSpeak(
  events: readonly JournalEvent[],
  filter: MetricFilter = {},
  options: ListenSpeakOptions = {},
): ListenSpeak {
  const offset = options.offsetMinutes ?? 0;
  const firstListen = new Map<string, JournalEvent>();
  const firstReply = new Map<string, JournalEvent>();
  for (const event of events) {
    if (isPractice(event)) continue;
    const side = LISTEN_KINDS.includes(event.kind) ? firstListen : SPEAK_KINDS.includes(event.kind) ? firstReply : undefined;
    if (!side) continue;
    const key = postKey(event.site, event.postId);
    const first = side.get(key);
    if (!first || event.at < first.at) side.set(key, event);
  }
  const weeks = new Map<number, { listened: number; spoke: number }>();
  const bump = (at: number, field: 'listened' | 'spoke'): void => {
    const week = weekStartDay(localDay(at, offset));
    const bucket = weeks.get(week) ?? { listened: 0, spoke: 0 };
    bucket[field] += 1;
    weeks.set(week, bucket);
  };
  // The filter applies to the first listen and first reply, so a post counts in one week only.
  for (const event of firstListen.values()) if (matchesFilter(event, filter)) bump(event.at, 'listened');
  for (const event of firstReply.values()) if (matchesFilter(event, filter)) bump(event.at, 'spoke');
  return listenSpeakResult(weeks, options.target ?? 3);
}

/** The summary, trend and sentence from per-week counts (keyed by the week's Monday). */
export function listenSpeakResult(weeks: ReadonlyMap<number, { listened: number; spoke: number }>, target = 3): ListenSpeak {
  const weekRows = [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([weekStart, bucket]) => ({
      weekStart,
      listened: bucket.listened,
      spoke: bucket.spoke,
      ratio: ratioOf(bucket.listened, bucket.spoke),
    }));
  const listened = weekRows.reduce((sum, week) => sum + week.listened, 0);
  const spoke = weekRows.reduce((sum, week) => sum + week.spoke, 0);
  const ratio = ratioOf(listened, spoke);
  const trend = trendOf(weekRows);
  return { listened, spoke, ratio, weeks: weekRows, trend, sentence: describe(listened, spoke, ratio, target, trend) };
}

function ratioOf(listened: number, spoke: number): number | null {
  return spoke === 0 ? null : listened / spoke;
}

/** Compares the later half of the weeks with the earlier half (weeks with replies only). */
function trendOf(weeks: readonly ListenSpeakWeek[]): ListenSpeak['trend'] {
  const ratios = weeks.map((week) => week.ratio).filter((r): r is number => r !== null);
  if (ratios.length < 2) return 'unknown';
  const half = Math.floor(ratios.length / 2);
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const before = mean(ratios.slice(0, half));
  const after = mean(ratios.slice(ratios.length - half));
  if (after > before * 1.1) return 'rising';
  if (after < before * 0.9) return 'falling';
  return 'steady';
}

function describe(
  listened: number,
  spoke: number,
  ratio: number | null,
  target: number,
  trend: ListenSpeak['trend'],
): string {
  if (listened === 0 && spoke === 0) {
    return 'Nothing read or replied to yet in this period. Open a post Hearken marks and read the thread to start.';
  }
  if (ratio === null) {
    return `You listened to ${listened} post${listened === 1 ? '' : 's'} without replying: listening is the work, replies can wait until you have something to give.`;
  }
  const shown = ratio >= 10 ? Math.round(ratio).toString() : ratio.toFixed(1);
  const verdict =
    ratio >= target
      ? `good: you hear people out before you speak (aim for ${target} or more).`
      : `you reply to much of what you read; aim for ${target} or more posts heard for each reply.`;
  const trendText =
    trend === 'rising' ? ' More listening per reply lately.' : trend === 'falling' ? ' Less listening per reply lately.' : '';
  return `You read ${shown} posts for every reply: ${verdict}${trendText}`;
}

// Time from noticing a post to replying to it: median overall, by site and by intent
// (how fast questions get answered).
import type { JournalEvent } from '../journal';
import type { Intent, SiteId } from '../model';
import { isPractice, matchesFilter, postKey } from './filter';
import type { MetricFilter } from './filter';
import { SPEAK_KINDS } from './listen-speak';
import { median } from './time';

/** What the posts table knows about a post: when it was first seen and what it was. */
export interface PostFacts {
  firstSeen: number;
  intent?: Intent;
  labels?: readonly string[];
}

export interface ReplyTimeGroup {
  replies: number;
  medianMs: number;
}

export interface ReplyTime {
  replies: number;
  medianMs: number | null;
  bySite: Partial<Record<SiteId, ReplyTimeGroup>>;
  byIntent: Partial<Record<Intent, ReplyTimeGroup>>;
  sentence: string;
}

/**
 * A post is noticed at the earliest of its first sighting (posts table) and its first journal
 * event; it is answered at its first inserted or copied reply within the filter.
 */
export function replyTime(
  events: readonly JournalEvent[],
  filter: MetricFilter = {},
  posts: ReadonlyMap<string, PostFacts> = new Map(),
): ReplyTime {
  const noticed = new Map<string, number>();
  const replied = new Map<string, JournalEvent>();
  for (const event of events) {
    if (isPractice(event)) continue;
    const key = postKey(event.site, event.postId);
    if (!SPEAK_KINDS.includes(event.kind)) {
      noticed.set(key, Math.min(noticed.get(key) ?? Infinity, event.at));
      continue;
    }
    const first = replied.get(key);
    if (!first || event.at < first.at) replied.set(key, event);
  }
  // Only a post's first reply is timed, and only when that reply is inside the filter.
  for (const [key, reply] of replied) if (!matchesFilter(reply, filter)) replied.delete(key);
  const timings: SiteReplyTiming[] = [];
  for (const [key, reply] of replied) {
    const facts = posts.get(key);
    const start = Math.min(noticed.get(key) ?? Infinity, facts?.firstSeen ?? Infinity);
    if (!Number.isFinite(start)) continue;
    const timing: SiteReplyTiming = { ms: Math.max(0, reply.at - start), site: reply.site };
    if (facts?.intent) timing.intent = facts.intent;
    timings.push(timing);
  }
  return replyTimeResult(timings);
}

export interface SiteReplyTiming {
  ms: number;
  site: SiteId;
  intent?: Intent;
}

/** Medians overall, by site and by intent, from one timing per replied post. */
export function replyTimeResult(timings: readonly SiteReplyTiming[]): ReplyTime {
  const all: number[] = [];
  const bySite = new Map<SiteId, number[]>();
  const byIntent = new Map<Intent, number[]>();
  for (const timing of timings) {
    all.push(timing.ms);
    push(bySite, timing.site, timing.ms);
    if (timing.intent) push(byIntent, timing.intent, timing.ms);
  }
  const overall = median(all) ?? null;
  return {
    replies: all.length,
    medianMs: overall,
    bySite: groups(bySite),
    byIntent: groups(byIntent),
    sentence: describe(all.length, overall, groups(byIntent).question),
  };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function groups<K extends string>(map: Map<K, number[]>): Partial<Record<K, ReplyTimeGroup>> {
  const out: Partial<Record<K, ReplyTimeGroup>> = {};
  for (const [key, values] of map) out[key] = { replies: values.length, medianMs: median(values) ?? 0 };
  return out;
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 90) return `${minutes} min`;
  const hours = ms / 3_600_000;
  if (hours < 36) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} days`;
}

function describe(replies: number, medianMs: number | null, questions: ReplyTimeGroup | undefined): string {
  if (replies === 0 || medianMs === null) {
    return 'No replies yet in this period. The time from first seeing a post to replying will show here.';
  }
  const questionText = questions
    ? ` Questions were answered in ${formatDuration(questions.medianMs)} (median of ${questions.replies}).`
    : '';
  return (
    `Half of your replies came within ${formatDuration(medianMs)} of first seeing the post.${questionText} ` +
    'Good looks like questions answered the same day, after reading the whole thread; a very fast reply to an angry post may mean too little listening.'
  );
}
